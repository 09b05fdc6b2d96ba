# ruff: noqa: E501  (gold data: reports are kept whole, as outlets would write them)
"""Check split of the backstory development set: (thread, event, reports); see events_tune.py."""

EVENTS = [
    # ------------------------------------------------------------ east Aleppo 2016
    ("aleppo-2016", "east-aleppo-offensive", [
        ("Reuters", "2016-11-15T13:00", "Syrian army and Russia resume strikes on rebel-held east Aleppo",
         "Syrian government forces and their Russian allies resumed air strikes on the rebel-held eastern districts of Aleppo after a three-week pause, residents said."),
        ("BBC", "2016-11-15T16:00", "Aleppo: Heavy bombardment resumes on rebel-held east",
         "Warplanes have resumed bombing eastern Aleppo, where some 250,000 people are trapped, as Russia announced a new operation in Idlib and Homs."),
    ]),
    ("aleppo-2016", "hanano-falls", [
        ("Reuters", "2016-11-27T12:00", "Syrian army takes Aleppo's Hanano district from rebels",
         "The Syrian army and its allies captured the Hanano district, the largest neighbourhood in rebel-held eastern Aleppo, in a major advance, state media said."),
        ("Al Jazeera", "2016-11-27T15:00", "Thousands flee as Syrian forces storm Aleppo's Hanano",
         "Thousands of civilians fled east Aleppo as government troops and allied militias seized Hanano, the first rebel-held district to fall since 2012."),
        ("Guardian", "2016-11-27T18:00", "Aleppo rebels lose key district as regime forces advance",
         "Forces loyal to Bashar al-Assad took Hanano in eastern Aleppo, splitting the besieged enclave in two."),
    ]),
    ("aleppo-2016", "rebels-lose-third", [
        ("AP", "2016-11-29T11:00", "Rebels lose a third of east Aleppo in days",
         "Syrian troops and allied fighters have captured about a third of rebel-held eastern Aleppo since the weekend, the Syrian Observatory for Human Rights said."),
        ("BBC", "2016-11-29T14:00", "Aleppo battle: Rebels lose more territory as civilians flee",
         "Government forces have seized the Sakhour and Haydariya districts of eastern Aleppo, cutting the northern part of the enclave off from the south."),
    ]),
    ("aleppo-2016", "evacuation-deal", [
        ("Reuters", "2016-12-13T20:00", "Aleppo rebels agree to leave the city under Russia-Turkey deal",
         "Rebels in eastern Aleppo agreed to a ceasefire and evacuation deal brokered by Russia and Turkey, which would let fighters and civilians leave for Idlib province."),
        ("Guardian", "2016-12-13T21:30", "Deal reached to evacuate rebels and civilians from east Aleppo",
         "A ceasefire was announced in eastern Aleppo after a deal for the evacuation of rebel fighters and their families, amid reports of killings of civilians by pro-government forces."),
    ]),
    ("aleppo-2016", "evacuation-begins", [
        ("AP", "2016-12-15T12:00", "Evacuation of east Aleppo begins as first convoy leaves",
         "The first convoy of ambulances and buses carrying wounded people and civilians left the last rebel-held districts of Aleppo, the Red Cross said."),
        ("BBC", "2016-12-15T15:00", "Aleppo evacuation under way as buses leave rebel enclave",
         "Thousands of people have been taken out of eastern Aleppo in green buses, bound for rebel-held Idlib."),
    ]),
    ("aleppo-2016", "army-declares-control", [
        ("Reuters", "2016-12-22T19:00", "Syrian army says it has retaken all of Aleppo",
         "The Syrian army declared it had regained full control of Aleppo after the last rebel fighters left the city, its biggest victory in more than five years of war."),
        ("Al Jazeera", "2016-12-22T21:00", "Syrian army declares full control of Aleppo",
         "The government announced the end of the battle for Aleppo as the last buses carrying rebels and civilians left the eastern districts."),
    ]),
    # ------------------------------------------------------------ Palmyra, same weeks
    ("palmyra-2016", "palmyra-retaken-by-is", [
        ("Reuters", "2016-12-11T14:00", "Islamic State retakes Syria's Palmyra despite Russian air strikes",
         "Islamic State fighters recaptured the ancient city of Palmyra, nine months after they were driven out by Syrian government forces backed by Russia, a monitoring group said."),
        ("BBC", "2016-12-11T17:00", "IS recaptures ancient Syrian city of Palmyra",
         "Islamic State militants have retaken Palmyra, the Syrian Observatory for Human Rights says, as the army focuses on Aleppo."),
    ]),
    ("palmyra-2016", "palmyra-tetrapylon", [
        ("AP", "2017-01-20T12:00", "Islamic State destroys Palmyra's Tetrapylon and Roman theatre",
         "Islamic State militants destroyed the Tetrapylon monument and part of the Roman theatre in Palmyra, Syria's antiquities chief Maamoun Abdulkarim said."),
        ("Guardian", "2017-01-20T15:00", "Palmyra: Isis wrecks ancient monuments again",
         "Satellite images show Isis fighters have demolished the Tetrapylon and the facade of the Roman theatre in Palmyra, UNESCO said."),
    ]),
    # ------------------------------------------------------------ coast violence 2025
    ("coast-2025", "jableh-ambush", [
        ("Reuters", "2025-03-06T19:00", "Gunmen loyal to Assad ambush Syrian security forces near Jableh",
         "Gunmen loyal to ousted president Bashar al-Assad ambushed security forces near the coastal city of Jableh, killing at least 13, in the worst attack on the new government so far."),
        ("Al Jazeera", "2025-03-06T21:00", "Deadly clashes in Syria's Latakia province between security forces and Assad loyalists",
         "Syria's interior ministry said former regime fighters attacked checkpoints and patrols in Jableh and the Latakia countryside, and a curfew was imposed."),
    ]),
    ("coast-2025", "alawite-killings", [
        ("Reuters", "2025-03-08T12:00", "Hundreds of Alawite civilians killed as Syrian forces fight insurgents",
         "More than 700 civilians, most of them Alawites, were killed in revenge attacks in villages of Latakia and Tartus provinces as government reinforcements poured into the coast, a war monitor said."),
        ("BBC", "2025-03-08T15:00", "Syria: Families describe killings of Alawites on the coast",
         "Residents of Baniyas described gunmen going house to house killing Alawite men, after security forces and allied fighters launched an operation against Assad loyalists."),
        ("AP", "2025-03-08T17:30", "Clashes and revenge killings on Syria's coast kill hundreds",
         "The Syrian Observatory for Human Rights said hundreds of Alawite civilians were killed by gunmen allied with the government in Latakia and Tartus."),
    ]),
    ("coast-2025", "sharaa-committee", [
        ("Reuters", "2025-03-09T13:00", "Syria's Sharaa vows to punish those behind killings of civilians",
         "Syrian President Ahmed al-Sharaa said those responsible for the bloodshed against civilians on the coast would be held accountable, and formed an independent committee to investigate."),
        ("France 24", "2025-03-09T15:00", "Sharaa calls for national unity after coast massacres",
         "Ahmed al-Sharaa called for national unity and civil peace in a speech from a Damascus mosque, as Alawite families fled to the Russian Hmeimim base."),
    ]),
    ("coast-2025", "operation-ends", [
        ("AP", "2025-03-10T12:00", "Syria says operation against Assad loyalists on the coast is over",
         "Syria's defence ministry said its military operation against Assad loyalists in Latakia and Tartus provinces had ended, after days of violence that killed more than 1,000 people."),
        ("Al Jazeera", "2025-03-10T14:00", "Syria announces end of military operation on coast",
         "The defence ministry said security forces had achieved their goals in Latakia and Tartus and would pursue remaining insurgent cells."),
    ]),
    # ------------------------------------------------------------ SDF and Damascus, same weeks
    ("sdf-2025", "sdf-deal", [
        ("Reuters", "2025-03-10T20:00", "Syria's Kurdish-led SDF agrees to merge with state institutions",
         "The Kurdish-led Syrian Democratic Forces signed an agreement with the government in Damascus to integrate into state institutions, including the border crossings, airport and oil and gas fields in the northeast."),
        ("BBC", "2025-03-10T22:00", "Syria's Sharaa and SDF chief Mazloum Abdi sign landmark deal",
         "Ahmed al-Sharaa and SDF commander Mazloum Abdi signed a deal to bring the Kurdish-led force under the control of the state, a photo released by the presidency showed."),
        ("AP", "2025-03-11T08:00", "Kurdish-led forces reach deal to join Syrian army",
         "The SDF will merge into the Syrian army under the agreement, which also recognises Kurds as an integral part of Syria, officials said."),
    ]),
    ("sdf-2025", "kurds-reject-declaration", [
        ("Reuters", "2025-03-14T12:00", "Syria's Kurds reject constitutional declaration",
         "The Kurdish-led administration of northeast Syria rejected the interim constitution signed by Sharaa, saying it did not reflect Syria's diversity."),
        ("Al Jazeera", "2025-03-14T14:00", "Kurdish authorities in northeast Syria criticise new constitution",
         "The SDF's political wing said the declaration reproduced authoritarian rule and ignored the rights of Kurds and other communities."),
    ]),
    ("sdf-2025", "sheikh-maqsoud", [
        ("Reuters", "2025-04-01T13:00", "Syrian government and SDF agree on Aleppo's Kurdish districts",
         "The government and the SDF agreed that Kurdish fighters would leave the Sheikh Maqsoud and Ashrafieh districts of Aleppo, while local Kurdish police would stay."),
        ("AP", "2025-04-01T16:00", "Deal on Aleppo's Sheikh Maqsoud district as SDF pulls out fighters",
         "Under the agreement, SDF fighters will withdraw from Sheikh Maqsoud and the area will be run by local councils, Syrian state media said."),
    ]),
    ("sdf-2025", "prisoner-swap", [
        ("Reuters", "2025-04-03T15:00", "Syrian government and SDF exchange prisoners in Aleppo",
         "The government and the SDF exchanged hundreds of prisoners in Aleppo, the first step in implementing their deal on the Sheikh Maqsoud district."),
        ("France 24", "2025-04-03T18:00", "Damascus and Kurdish-led forces swap detainees",
         "Buses carried freed detainees between Sheikh Maqsoud and government areas of Aleppo as part of the agreement with the SDF."),
    ]),
    # ------------------------------------------------------------ the new state, same weeks
    ("state-2025", "constitutional-declaration", [
        ("Reuters", "2025-03-13T14:00", "Syria's Sharaa signs interim constitution keeping Islamic law central",
         "Syrian interim President Ahmed al-Sharaa signed a constitutional declaration setting a five-year transitional period and keeping Islamic jurisprudence as the main source of legislation."),
        ("Guardian", "2025-03-13T17:00", "Syria's interim leader signs constitution for five-year transition",
         "The constitutional declaration gives the president executive power and the right to appoint a third of the legislature, its drafting committee said."),
    ]),
    ("state-2025", "government-formed", [
        ("Reuters", "2025-03-29T22:00", "Syria announces new transitional government",
         "Syria's Sharaa announced a 23-member transitional government, keeping Asaad al-Shaibani as foreign minister and Murhaf Abu Qasra as defence minister."),
        ("Al Jazeera", "2025-03-30T08:00", "Syria forms new government with Alawite, Druze and Kurdish ministers",
         "The new cabinet includes a Christian, a Druze, an Alawite and a Kurdish minister, in what Sharaa called a government of change and building."),
    ]),
    ("state-2025", "fall-of-assad-anniversary", [
        ("AP", "2025-03-18T12:00", "Brussels conference pledges 5.8 billion euros for Syria",
         "Donors at a conference in Brussels pledged 5.8 billion euros in aid for Syria, with Foreign Minister Asaad al-Shaibani attending for the first time."),
        ("BBC", "2025-03-18T15:00", "EU donors pledge billions for Syria's transition",
         "The European Union pledged 2.5 billion euros to Syria at its annual donor conference, attended by the new government for the first time."),
    ]),
    # ------------------------------------------------------------ Sweida 2025
    ("sweida-2025", "sweida-clashes", [
        ("Reuters", "2025-07-13T19:00", "Clashes between Druze and Bedouin fighters kill dozens in Syria's Sweida",
         "Fighting between Druze militias and Bedouin tribes in the southern province of Sweida killed at least 30 people, the interior ministry said, after a Druze merchant was kidnapped on the Damascus highway."),
        ("Al Jazeera", "2025-07-13T21:00", "Deadly clashes erupt between Druze and Bedouin in southern Syria",
         "The Syrian Observatory for Human Rights said dozens were killed in clashes in Sweida city and nearby villages between Druze fighters and Bedouin clans."),
    ]),
    ("sweida-2025", "troops-deploy", [
        ("Reuters", "2025-07-15T11:00", "Syrian government forces enter Sweida city",
         "Syrian government forces entered the Druze-majority city of Sweida after a ceasefire was announced with local leaders, the defence ministry said."),
        ("BBC", "2025-07-15T14:00", "Syria: Troops enter Sweida amid reports of abuses against Druze",
         "Government troops deployed into Sweida city, as videos showed gunmen in uniform humiliating Druze elders and Druze sheikh Hikmat al-Hijri rejected the truce."),
        ("AP", "2025-07-15T16:00", "Israel strikes Syrian tanks heading to Sweida",
         "Israel said it struck Syrian government tanks moving toward Sweida to protect the Druze community, as government troops entered the city."),
    ]),
    ("sweida-2025", "damascus-strikes", [
        ("Reuters", "2025-07-16T15:00", "Israel strikes Syrian defence ministry in Damascus",
         "Israel struck the Syrian defence ministry headquarters in Damascus and targets near the presidential palace, saying it was acting to protect the Druze of Sweida."),
        ("Al Jazeera", "2025-07-16T17:00", "Israeli strikes hit heart of Damascus over Sweida",
         "Israeli jets hit the army general staff building in central Damascus, as Israel demanded that Syrian forces withdraw from Sweida."),
    ]),
    ("sweida-2025", "withdrawal", [
        ("Reuters", "2025-07-17T08:00", "Syrian troops withdraw from Sweida under ceasefire",
         "Syrian government forces began withdrawing from Sweida under a new ceasefire with Druze leaders brokered by the United States, Turkey and Arab states."),
        ("BBC", "2025-07-17T10:00", "Syria pulls forces out of Sweida after Israeli strikes",
         "Ahmed al-Sharaa said Druze factions and clerics would be responsible for security in Sweida as government forces left the city."),
    ]),
    ("sweida-2025", "bedouin-evacuation", [
        ("AP", "2025-07-21T12:00", "Bedouin families evacuated from Sweida as truce holds",
         "Buses carried hundreds of Bedouin families out of Sweida province under the ceasefire, as the Syrian Red Crescent delivered the first aid convoy to the city."),
        ("Al Jazeera", "2025-07-21T15:00", "First aid convoy reaches Sweida as Bedouin civilians leave",
         "The Syrian Arab Red Crescent said its convoy of food and medicine entered Sweida while Bedouin families were moved out under the truce."),
    ]),
    # ------------------------------------------------------------ sanctions, same weeks
    ("sanctions-2025", "trump-order", [
        ("Reuters", "2025-06-30T20:00", "Trump signs order ending US sanctions programme on Syria",
         "US President Donald Trump signed an executive order removing the sanctions programme on Syria, while keeping measures against Assad and his associates."),
        ("AP", "2025-06-30T22:00", "Trump lifts most US sanctions on Syria",
         "The executive order ends most economic sanctions on Syria, the White House said, but leaves in place the Caesar Act, which Congress must repeal."),
    ]),
    ("sanctions-2025", "hts-fto-revoked", [
        ("Reuters", "2025-07-07T21:00", "US revokes terrorist designation of Syria's HTS",
         "The United States revoked the designation of Hayat Tahrir al-Sham as a foreign terrorist organisation, Secretary of State Marco Rubio said."),
        ("Al Jazeera", "2025-07-07T23:00", "Washington removes HTS from foreign terrorist list",
         "Marco Rubio said the decision recognised steps taken by the Syrian government under Sharaa, whose former group HTS was dissolved in January."),
    ]),
    ("sanctions-2025", "uk-relations", [
        ("BBC", "2025-07-05T12:00", "UK restores diplomatic relations with Syria",
         "Foreign Secretary David Lammy visited Damascus and met Ahmed al-Sharaa, the first visit by a British minister in 14 years, and announced the restoration of relations."),
        ("Guardian", "2025-07-05T15:00", "Lammy in Damascus as Britain re-establishes ties with Syria",
         "David Lammy announced 94.5 million pounds in aid as Britain restored diplomatic relations with Syria during a visit to Damascus."),
    ]),
]
