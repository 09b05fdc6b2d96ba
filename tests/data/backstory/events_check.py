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
    # ------------------------------------------------------------ Russia's intervention 2015
    ("russia-2015", "russia-strikes-begin", [
        ("Reuters", "2015-09-30T14:00", "Russia launches first air strikes in Syria",
         "Russian warplanes carried out their first air strikes in Syria, hitting targets near the city of Homs, hours after the upper house of parliament approved the use of force abroad."),
        ("BBC", "2015-09-30T16:00", "Russia carries out first air strikes in Syria",
         "Moscow says its jets hit IS positions, but US officials said the strikes around Rastan and Talbiseh hit areas where the jihadists have no presence."),
        ("Guardian", "2015-09-30T18:00", "Russian jets bomb Syria as Moscow enters the war",
         "Rebel groups said the Russian raids in Homs province killed civilians and fighters of the Free Syrian Army, not Isis."),
    ]),
    ("russia-2015", "russia-hits-rebels", [
        ("AP", "2015-10-01T15:00", "Russian strikes hit Western-backed rebels in Syria, US says",
         "Russian jets struck rebel-held areas of Idlib and Hama provinces for a second day, including a group trained by the CIA, US officials said."),
        ("Al Jazeera", "2015-10-01T18:00", "Russia's second day of Syria raids hits rebel areas",
         "Strikes hit Jisr al-Shughour and other towns held by the Army of Conquest, a rebel alliance that includes the Nusra Front."),
    ]),
    ("russia-2015", "caspian-missiles", [
        ("Reuters", "2015-10-07T13:00", "Russian warships fire cruise missiles at Syria from Caspian Sea",
         "Russian warships in the Caspian Sea fired 26 cruise missiles at targets in Syria, Defence Minister Sergei Shoigu said, as the Syrian army began a ground offensive in Hama province."),
        ("DW", "2015-10-07T15:00", "Russia fires missiles from Caspian Sea as Syrian ground offensive begins",
         "The missiles flew over Iran and Iraq, Moscow said, while government troops backed by Russian jets attacked rebels in the north of Hama province."),
    ]),
    ("russia-2015", "assad-in-moscow", [
        ("Reuters", "2015-10-21T09:00", "Assad makes surprise visit to Moscow to thank Putin",
         "Syrian President Bashar al-Assad flew to Moscow for talks with Vladimir Putin, his first trip abroad since the war began, the Kremlin said."),
        ("Guardian", "2015-10-21T12:00", "Bashar al-Assad visits Moscow to meet Putin",
         "Assad thanked Putin for Russia's air campaign, which he said had stopped the spread of terrorism in Syria."),
    ]),
    ("russia-2015", "jet-downed", [
        ("Reuters", "2015-11-24T11:00", "Turkey shoots down Russian warplane near Syrian border",
         "Turkish F-16s shot down a Russian Su-24 bomber near the Syrian border, saying it had violated Turkish airspace, the most serious clash between Russia and a NATO member in decades."),
        ("BBC", "2015-11-24T14:00", "Turkey downs Russian jet: Putin warns of serious consequences",
         "Putin called the downing of the jet a stab in the back by the accomplices of terrorists, after one of its pilots was shot dead by rebels as he parachuted down."),
    ]),
    ("russia-2015", "s400-deployed", [
        ("AP", "2015-11-26T10:00", "Russia deploys advanced air defence missiles to Syria",
         "Russia moved S-400 air defence missiles to its Hmeimim air base in Latakia after Turkey shot down one of its bombers, the defence ministry said."),
        ("Al Jazeera", "2015-11-26T13:00", "Russia sends S-400 missile system to Syria base",
         "The deployment lets Moscow shield its jets over northern Syria, near the border with Turkey, officials said."),
    ]),
    # ------------------------------------------------------------ Vienna talks 2015, same weeks
    ("vienna-2015", "vienna-first", [
        ("Reuters", "2015-10-30T18:00", "Powers agree in Vienna to seek Syria ceasefire, split on Assad",
         "Seventeen countries including Iran, Russia and the United States agreed in Vienna to ask the UN to start a political process in Syria, but remained divided over Assad's future."),
        ("BBC", "2015-10-30T20:00", "Syria crisis: Iran joins talks in Vienna for first time",
         "John Kerry said the talks were the most promising opening for a political solution, though Assad's fate was not resolved."),
    ]),
    ("vienna-2015", "vienna-roadmap", [
        ("AP", "2015-11-14T19:00", "World powers set timetable for Syria transition",
         "Meeting in Vienna a day after the Paris attacks, world powers agreed on a timetable for Syria: talks between the government and opposition by January and elections within 18 months."),
        ("France 24", "2015-11-14T21:00", "Vienna talks agree roadmap for Syria after Paris attacks",
         "Lavrov and Kerry said the plan would be backed by a UN ceasefire, but differences over who counts as a terrorist group remained."),
    ]),
    ("vienna-2015", "riyadh-opposition", [
        ("Reuters", "2015-12-10T17:00", "Syrian opposition groups agree on negotiating team in Riyadh",
         "Syrian opposition groups meeting in Riyadh formed a High Negotiations Committee to represent them in talks with the government, and insisted Assad leave at the start of a transition."),
        ("Al Jazeera", "2015-12-10T19:00", "Syria's opposition unites ahead of talks with Damascus",
         "Armed factions including Ahrar al-Sham signed the final statement, which calls for a democratic, pluralist state."),
    ]),
    ("vienna-2015", "resolution-2254", [
        ("Reuters", "2015-12-18T22:00", "UN Security Council endorses Syria peace plan",
         "The UN Security Council unanimously adopted resolution 2254, endorsing an international roadmap for a Syria peace process, with talks in January and a ceasefire."),
        ("Guardian", "2015-12-18T23:00", "UN backs Syria peace plan but Assad's future left open",
         "The resolution was the first the council had agreed on a political path for Syria, though Kerry admitted sharp differences over Assad remained."),
    ]),
    # ------------------------------------------------------------ Eastern Ghouta 2018
    ("ghouta-2018", "ghouta-bombardment", [
        ("Reuters", "2018-02-20T12:00", "Dozens killed as Syrian government pounds Eastern Ghouta",
         "Government air strikes and shelling killed more than 100 people in a day in the rebel enclave of Eastern Ghouta near Damascus, a war monitor said, the heaviest toll in three years."),
        ("BBC", "2018-02-20T15:00", "Eastern Ghouta: Syria's 'hell on earth' under bombardment",
         "Doctors said hospitals in Eastern Ghouta were struck as government forces prepared a ground assault on the besieged enclave, home to 400,000 people."),
    ]),
    ("ghouta-2018", "ghouta-un-ceasefire", [
        ("Reuters", "2018-02-24T20:00", "UN Security Council demands 30-day ceasefire in Syria",
         "The UN Security Council unanimously demanded a 30-day ceasefire across Syria to allow aid deliveries and medical evacuations, after days of bombing in Eastern Ghouta."),
        ("Al Jazeera", "2018-02-24T22:00", "UN passes Syria truce as Ghouta death toll soars",
         "Resolution 2401 was delayed for days by Russian objections, while air strikes on the enclave continued."),
    ]),
    ("ghouta-2018", "ghouta-daily-pause", [
        ("AP", "2018-02-27T11:00", "Russia's daily truce in Ghouta fails to bring out civilians",
         "A five-hour daily humanitarian pause ordered by Putin began in Eastern Ghouta, but no civilians left through the corridor as shelling continued, monitors said."),
        ("Guardian", "2018-02-27T14:00", "Russian pause in eastern Ghouta bombing collapses within hours",
         "Shells fell on Douma during the pause and the UN said the corridor offered no guarantees for the people trapped inside."),
    ]),
    ("ghouta-2018", "ghouta-split", [
        ("Reuters", "2018-03-11T15:00", "Syrian army splits Eastern Ghouta into three",
         "Syrian government forces cut the rebel enclave of Eastern Ghouta into three parts, encircling the biggest town, Douma, and the town of Harasta, state media said."),
        ("BBC", "2018-03-11T18:00", "Eastern Ghouta divided as Syrian troops advance",
         "Troops took the town of Mesraba, isolating Douma from the rest of the enclave as thousands of residents sheltered in basements."),
    ]),
    ("ghouta-2018", "harasta-evacuation", [
        ("AP", "2018-03-22T12:00", "Rebels begin leaving Syria's Harasta under surrender deal",
         "Buses carried fighters of Ahrar al-Sham and their families out of Harasta in Eastern Ghouta toward Idlib province, under a deal brokered by Russia."),
        ("France 24", "2018-03-22T15:00", "First rebels evacuated from besieged Ghouta town",
         "About 1,500 people left Harasta, the first evacuation of fighters from the enclave since the offensive began."),
    ]),
    ("ghouta-2018", "douma-attack", [
        ("Reuters", "2018-04-08T09:00", "Dozens killed in suspected chemical attack on Syria's Douma",
         "Rescue workers and medics said dozens of people were killed in a suspected poison gas attack on the rebel-held town of Douma in Eastern Ghouta. The government denied it."),
        ("BBC", "2018-04-08T12:00", "Douma 'chemical attack': Syrian government accused",
         "The White Helmets posted pictures of bodies in a basement in Douma, saying people had suffocated after a gas canister was dropped on the building."),
        ("Guardian", "2018-04-08T14:00", "Trump warns of big price after suspected gas attack in Syria",
         "Donald Trump called Assad an animal and said Russia and Iran were responsible for backing him, after the attack in Douma."),
    ]),
    ("ghouta-2018", "douma-surrender", [
        ("Reuters", "2018-04-12T11:00", "Russia says Syrian flag raised over Douma",
         "The Syrian flag was raised over a building in Douma, the Russian military said, marking the end of the rebel stronghold as Jaish al-Islam fighters left for the north."),
        ("Al Jazeera", "2018-04-12T14:00", "Jaish al-Islam leaves Douma, ending Ghouta battle",
         "Buses carrying Jaish al-Islam fighters and their families left Douma for Jarablus, ending rebel control of Eastern Ghouta."),
    ]),
    ("ghouta-2018", "western-strikes", [
        ("Reuters", "2018-04-14T03:00", "US, Britain and France strike Syria over suspected gas attack",
         "The United States, Britain and France launched missile strikes on Syria in retaliation for the suspected poison gas attack in Douma, hitting research and storage sites."),
        ("BBC", "2018-04-14T07:00", "Syria air strikes: US and allies attack chemical weapons sites",
         "More than 100 missiles hit the Barzeh research centre near Damascus and two sites near Homs, the Pentagon said."),
    ]),
    # ------------------------------------------------------------ Afrin 2018, same weeks
    ("afrin-2018", "olive-branch-launched", [
        ("Reuters", "2018-01-20T15:00", "Turkey launches air and ground operation in Syria's Afrin",
         "Turkey launched an operation against the Kurdish YPG militia in the northwestern Syrian region of Afrin, with jets striking dozens of targets."),
        ("BBC", "2018-01-20T18:00", "Turkey begins Operation Olive Branch against Syrian Kurds",
         "Turkish troops and allied Syrian rebels of the Free Syrian Army are to push into Afrin, which Ankara says is held by terrorists."),
    ]),
    ("afrin-2018", "afrin-militias-enter", [
        ("Reuters", "2018-02-20T16:00", "Pro-Syrian government forces enter Afrin to help Kurds",
         "Pro-government militias entered the Afrin region to help Kurdish fighters repel the Turkish offensive, and Turkey said its artillery forced them back."),
        ("Al Jazeera", "2018-02-20T19:00", "Turkey shells pro-Assad fighters entering Afrin",
         "Erdogan said the convoy of militiamen had turned back after Turkish warning shots on the road to Afrin."),
    ]),
    ("afrin-2018", "afrin-encircled", [
        ("AP", "2018-03-13T11:00", "Turkish troops encircle Syria's Afrin",
         "Turkish forces and their Syrian allies encircled the town of Afrin, cutting off the Kurdish militia inside, the Turkish military said."),
        ("DW", "2018-03-13T13:00", "Thousands flee Afrin as Turkish forces close in",
         "Civilians fled toward Tal Rifaat and Nubl as Turkish artillery pounded the outskirts of Afrin."),
    ]),
    ("afrin-2018", "afrin-falls", [
        ("Reuters", "2018-03-18T12:00", "Turkish-backed forces take Syria's Afrin, looting reported",
         "Turkish-backed Syrian rebels took full control of Afrin from the YPG, Erdogan said, and fighters were filmed looting shops and toppling a statue of the Kurdish hero Kawa."),
        ("Guardian", "2018-03-18T15:00", "Afrin falls to Turkey-led forces as Kurds vow guerrilla war",
         "The Kurdish administration said its fighters would turn to guerrilla tactics after pulling out of Afrin city."),
    ]),
    # ------------------------------------------------------------ Daraa 2018
    ("daraa-2018", "daraa-offensive", [
        ("Reuters", "2018-06-19T14:00", "Syrian army escalates attacks on rebels in Deraa",
         "Syrian government forces pounded rebel-held areas of Deraa province with artillery and air strikes, in the start of an offensive to retake the southwest."),
        ("AP", "2018-06-19T16:00", "Government offensive on Syria's south begins",
         "Troops attacked the town of Busra al-Harir east of Daraa city, as the US warned Damascus against violating a de-escalation zone."),
    ]),
    ("daraa-2018", "daraa-displaced", [
        ("Reuters", "2018-07-02T12:00", "Over 270,000 flee Syria's southwest offensive, UN says",
         "More than 270,000 people have fled the offensive in Deraa, the UN said, many camped near the Jordanian border, which Jordan keeps closed."),
        ("Guardian", "2018-07-02T15:00", "Jordan refuses to open border to Syrians fleeing Deraa",
         "Families sheltered under trees near the frontier, as Amman said it could not take more refugees."),
    ]),
    ("daraa-2018", "nassib-retaken", [
        ("Reuters", "2018-07-06T17:00", "Syrian rebels agree surrender deal in south; army retakes Nassib crossing",
         "Rebels in southern Syria agreed to hand over their heavy weapons under a deal brokered by Russia, and government forces took the Nassib border crossing with Jordan."),
        ("Al Jazeera", "2018-07-06T19:00", "Syrian flag flies over Nassib as rebels give up",
         "The deal lets fighters who refuse to accept state rule leave for Idlib, rebel negotiators said."),
    ]),
    ("daraa-2018", "daraa-flag", [
        ("Reuters", "2018-07-12T13:00", "Syrian flag raised in Deraa, cradle of the uprising",
         "Government forces raised the national flag in Daraa al-Balad, the part of Deraa city where protests against Assad broke out in 2011."),
        ("BBC", "2018-07-12T16:00", "Syria war: Government retakes symbolic Deraa",
         "State media showed troops in the square of the Omari mosque in Deraa, where the first protests took place seven years ago."),
    ]),
    ("daraa-2018", "white-helmets-evacuated", [
        ("Reuters", "2018-07-22T10:00", "Israel evacuates Syrian White Helmets via Golan Heights",
         "Israel evacuated several hundred members of the White Helmets rescue group and their families from southwest Syria to Jordan through the Golan Heights, at the request of Western states."),
        ("Guardian", "2018-07-22T13:00", "Hundreds of White Helmets rescued from southern Syria",
         "The rescuers had been trapped by the government advance toward Quneitra, and Britain and Canada agreed to take some of them."),
    ]),
    # ------------------------------------------------------------ Sweida 2018, same weeks
    ("sweida-2018", "sweida-is-attack", [
        ("Reuters", "2018-07-25T14:00", "Islamic State attacks in Syria's Sweida kill more than 200",
         "Islamic State suicide bombers and gunmen attacked the city of Sweida and nearby Druze villages, killing more than 200 people in the deadliest attack on the community of the war."),
        ("AP", "2018-07-25T17:00", "Suicide attacks on Syria's Druze heartland kill scores",
         "Militants went door to door in villages east of Sweida killing residents, and took women and children hostage, witnesses said."),
    ]),
    ("sweida-2018", "sweida-anger", [
        ("Al Jazeera", "2018-07-27T12:00", "Anger in Sweida as Druze bury their dead",
         "Mourners in Sweida accused the government of failing to protect them, and local Druze militias said they would defend their villages themselves."),
        ("Reuters", "2018-07-27T15:00", "Syria's Druze mourn victims of IS attack",
         "Thousands attended funerals in Sweida as families waited for news of some 30 women and children abducted by the jihadists."),
    ]),
    ("sweida-2018", "sweida-hostage-killed", [
        ("AP", "2018-08-05T11:00", "IS kills Druze hostage seized in Sweida raid",
         "Islamic State militants killed a young man taken hostage in the July attack on Sweida, relatives said, raising fears for the women and children still held."),
        ("BBC", "2018-08-05T14:00", "Sweida hostages: IS executes Druze captive",
         "The group released a video of the killing and threatened the other captives unless its demands were met, a local news network said."),
    ]),
    # ------------------------------------------------------------ Idlib 2020
    ("idlib-2020", "turkish-soldiers-shelled", [
        ("Reuters", "2020-02-03T10:00", "Syrian shelling kills Turkish soldiers in Idlib, Turkey retaliates",
         "Syrian government shelling killed seven Turkish soldiers and a civilian contractor in Idlib, and Turkey said it struck dozens of targets in response."),
        ("Al Jazeera", "2020-02-03T13:00", "Turkey hits back after soldiers killed near Saraqeb",
         "Erdogan warned Russia not to stand in the way after the Turkish troops were shelled near the town of Saraqeb."),
    ]),
    ("idlib-2020", "saraqeb-falls", [
        ("AP", "2020-02-08T14:00", "Syrian troops capture strategic Idlib town of Saraqeb",
         "Syrian government troops captured Saraqeb, which sits at the junction of the M4 and M5 highways, pressing their offensive on the last rebel stronghold."),
        ("France 24", "2020-02-08T17:00", "Syrian regime forces seize key Idlib town",
         "State media said the army had taken full control of Saraqeb, encircling Turkish observation posts nearby."),
    ]),
    ("idlib-2020", "m5-secured", [
        ("Reuters", "2020-02-11T18:00", "Syrian army takes full control of M5 highway",
         "The Syrian army took full control of the M5 highway linking Damascus and Aleppo for the first time since 2012, after seizing the last rebel-held stretch."),
        ("BBC", "2020-02-11T20:00", "Syria war: Government retakes key Damascus-Aleppo highway",
         "The advance along the M5 has forced hundreds of thousands of people to flee north toward the Turkish border."),
    ]),
    ("idlib-2020", "displaced-900k", [
        ("Reuters", "2020-02-17T15:00", "UN says 900,000 displaced in Syria's Idlib since December",
         "Nearly 900,000 people have fled the offensive in northwest Syria since December, most of them women and children, the UN said, the biggest exodus of the war."),
        ("Guardian", "2020-02-17T17:00", "Children freezing to death in Idlib camps, UN warns",
         "Mark Lowcock said the violence in Idlib was indiscriminate and families were sleeping in the open in freezing weather."),
    ]),
    ("idlib-2020", "balyun-strike", [
        ("Reuters", "2020-02-28T00:30", "Air strike kills 33 Turkish soldiers in Syria's Idlib",
         "At least 33 Turkish soldiers were killed in an air strike by Syrian government forces in Idlib, the governor of Hatay said, the deadliest day for Turkey's military in Syria."),
        ("BBC", "2020-02-28T06:00", "Idlib: Turkish soldiers killed in Syrian air strike",
         "Turkey retaliated against Syrian government targets after the strike near Balyun, and NATO called an urgent meeting."),
    ]),
    ("idlib-2020", "spring-shield", [
        ("Reuters", "2020-03-01T14:00", "Turkey downs two Syrian jets, launches Operation Spring Shield",
         "Turkey shot down two Syrian warplanes over Idlib and said it had launched Operation Spring Shield against government forces, destroying dozens of tanks with drones."),
        ("Al Jazeera", "2020-03-01T17:00", "Turkey declares offensive against Syrian army",
         "Defence Minister Hulusi Akar said Turkey did not want to clash with Russia, but would hit the forces that attacked its troops."),
    ]),
    ("idlib-2020", "moscow-ceasefire", [
        ("Reuters", "2020-03-05T18:00", "Putin and Erdogan agree ceasefire in Syria's Idlib",
         "Russian President Vladimir Putin and Turkish President Tayyip Erdogan agreed a ceasefire in Idlib from midnight, with joint patrols along the M4 highway and a security corridor."),
        ("Guardian", "2020-03-05T20:00", "Turkey and Russia agree Idlib truce after six hours of talks",
         "The deal freezes the front lines where government forces now stand, leaving much of southern Idlib in Assad's hands."),
    ]),
    # ------------------------------------------------------------ Greek border 2020, same weeks
    ("border-2020", "turkey-opens-gates", [
        ("Reuters", "2020-02-28T12:00", "Turkey says it will no longer stop Syrian refugees reaching Europe",
         "Turkey will no longer stop Syrian refugees from reaching Europe, a senior official said, after the killing of Turkish soldiers in Idlib."),
        ("DW", "2020-02-28T15:00", "Migrants head for Greek border after Turkey opens the way",
         "Hundreds of migrants, among them Syrians, Afghans and Iraqis, headed for the Pazarkule crossing on the border with Greece."),
    ]),
    ("border-2020", "kastanies-clashes", [
        ("AP", "2020-03-01T13:00", "Greek police fire tear gas at migrants on Turkish border",
         "Greek police fired tear gas at thousands of migrants trying to cross from Turkey at Kastanies, and a child died when a boat capsized off Lesbos."),
        ("BBC", "2020-03-01T16:00", "Greece turns back migrants massing at border with Turkey",
         "Erdogan said 'millions' would soon head for Europe, while Greece said it had stopped almost 10,000 attempts to cross."),
    ]),
    ("border-2020", "asylum-suspended", [
        ("Reuters", "2020-03-02T10:00", "Greece suspends asylum applications as migrants press border",
         "Greece said it would not accept new asylum applications for a month, invoking an emergency EU clause, as thousands gathered on the Turkish side of the border."),
        ("Guardian", "2020-03-02T13:00", "Greece suspends asylum rights as EU border crisis deepens",
         "Rights groups said the suspension was illegal, as the EU promised Athens money and border guards."),
    ]),
    ("border-2020", "erdogan-brussels", [
        ("Reuters", "2020-03-09T20:00", "Erdogan and EU leaders agree to review migrant deal",
         "Erdogan and EU leaders agreed in Brussels to review their 2016 migration deal, under which Turkey hosts 3.6 million Syrians in return for aid."),
        ("France 24", "2020-03-09T22:00", "EU and Turkey seek way out of border standoff",
         "Ursula von der Leyen said both sides would look at what had not worked in the deal, while migrants remained stuck at the Greek border."),
    ]),
]
