# ruff: noqa: E501  (gold data: headlines are kept whole, as the outlets wrote them)
"""Gold events for the story development set: (storyline, story, reports).

A report is (source, "YYYY-MM-DDTHH:MM" UTC, title, summary[, form]); form defaults to "news",
other forms (opinion, analysis, explainer, feature, editorial) are gold kind "analysis".
"""

SPLIT_OF_STORYLINE = {
    "uprising-2011": "tune",
    "ghouta-2013": "check",
    "islamic-state": "tune",
    "russia-aleppo-2016": "check",
    "khan-sheikhoun-2017": "tune",
    "douma-2018": "check",
    "turkey-north": "tune",
    "idlib-2020": "check",
    "earthquake-2023": "tune",
    "arab-league-2023": "check",
    "israel-iran": "check",
    "offensive-2024": "check",
    "transition-2025": "tune",
    "coast-2025": "check",
    "sweida-2025": "tune",
    "diplomacy-2025": "tune",
    "kurds-2026": "tune",
    "detainees-2026": "tune",
    "refugees": "check",
}

EVENTS = [
    # ---------------------------------------------------------------- uprising 2011
    ("uprising-2011", "deraa-protests", [
        ("BBC", "2011-03-18T20:10", "Syria: Deadly protests erupt in Deraa",
         "Security forces open fire on protesters in the southern city of Deraa, killing at least"
         " four people, witnesses say."),
        ("Al Jazeera", "2011-03-18T22:40", "Syrian forces kill protesters in southern town",
         "Witnesses say security forces shot dead demonstrators demanding freedom in Deraa after"
         " Friday prayers."),
        ("Reuters", "2011-03-19T06:05", "Syrian security forces kill protesters in Deraa",
         "Syrian security forces killed three civilians in the southern city of Deraa on Friday"
         " in a rare protest against the rule of President Bashar al-Assad."),
        ("Guardian", "2011-03-19T09:30", "Syria's Arab spring: four dead as police fire on crowds",
         "Unrest reaches Syria as crowds in Deraa call for an end to corruption and the release"
         " of schoolchildren detained for anti-government graffiti."),
    ]),
    ("uprising-2011", "emergency-law-lifted", [
        ("Reuters", "2011-04-21T15:20", "Assad lifts Syria's state of emergency",
         "President Bashar al-Assad signed decrees ending 48 years of emergency rule and"
         " abolishing the state security court."),
        ("BBC", "2011-04-21T16:02", "Syria emergency law: Assad signs decree lifting it",
         "The president ratifies the end of the emergency law in place since 1963, a key demand"
         " of protesters, but activists call for more rallies."),
        ("Al Jazeera", "2011-04-21T18:45", "Syria ends decades-old emergency rule",
         "Decree scrapping the emergency law comes ahead of new Friday protests as opposition"
         " says reforms are not enough."),
        ("NYT", "2011-04-21T23:10", "Syria Repeals Emergency Law, but Protests Go On",
         "Bashar al-Assad formally ended emergency rule, a concession that appeared unlikely to"
         " quell an uprising now in its second month."),
    ]),
    ("uprising-2011", "free-syrian-army", [
        ("Al Jazeera", "2011-07-29T19:00", "Defecting officers announce Free Syrian Army",
         "A group of army officers who deserted say they have formed a force to protect"
         " protesters from the regime."),
        ("Guardian", "2011-07-30T11:15", "Syrian army defectors form rebel force",
         "Colonel Riad al-Asaad appears in a video declaring the creation of the Free Syrian Army"
         " to fight the government."),
        ("France 24", "2011-07-30T08:20", "Army deserters in Syria create armed opposition group",
         "Soldiers who refused orders to fire on civilians announce the Free Syrian Army from"
         " Turkey."),
    ]),
    ("uprising-2011", "arab-league-suspends", [
        ("BBC", "2011-11-12T15:30", "Arab League suspends Syria over crackdown",
         "The Arab League votes to suspend Syria's membership and calls for sanctions unless the"
         " violence against protesters stops."),
        ("Reuters", "2011-11-12T16:10", "Arab League votes to suspend Syria, urges army defections",
         "The Arab League voted on Saturday to suspend Syria, in a surprise move that increases"
         " pressure on Assad over his eight-month crackdown."),
        ("Al Jazeera", "2011-11-12T17:25", "Arab states move to isolate Damascus",
         "Foreign ministers meeting in Cairo agree to bar Syrian delegations until the government"
         " implements an Arab peace plan."),
        ("NYT", "2011-11-12T21:00", "Arab League Votes to Suspend Syria",
         "In an unusually forceful step, the 22-member bloc suspended Damascus and threatened"
         " economic sanctions."),
        ("DW", "2011-11-13T09:00", "Syria's suspension from the Arab League: What it means",
         "The Arab League's decision isolates Damascus, but can it stop the bloodshed? DW"
         " explains the bloc's options.", "analysis"),
    ]),
    # ---------------------------------------------------------------- ghouta 2013
    ("ghouta-2013", "ghouta-chemical-attack", [
        ("BBC", "2013-08-21T10:12", "Syria conflict: 'Chemical attacks kill hundreds'",
         "Syrian activists say hundreds of people have been killed in a poison gas attack on"
         " rebel-held suburbs east of Damascus."),
        ("Reuters", "2013-08-21T11:40", "Syrian opposition says hundreds killed in gas attack",
         "Syrian opposition activists accused government forces of launching a nerve gas attack"
         " that killed hundreds in the Ghouta region near the capital."),
        ("Guardian", "2013-08-21T13:05", "Syria crisis: gas attack claims hundreds of lives",
         "Harrowing footage shows rows of bodies, including children, after rockets hit eastern"
         " Ghouta in the early hours."),
        ("Al Jazeera", "2013-08-21T14:30", "Hundreds reported dead in alleged chemical strike",
         "Opposition groups accuse the regime of firing rockets with toxic agents on towns in"
         " Damascus countryside, a charge the government denies."),
        ("NYT", "2013-08-21T19:45", "Images of Death in Syria, but No Proof of Chemical Attack",
         "Videos from the eastern suburbs of Damascus showed victims with no visible wounds,"
         " and rebels blamed a nerve agent."),
    ]),
    ("ghouta-2013", "obama-congress", [
        ("NYT", "2013-08-31T19:30", "Obama Seeks Approval by Congress for Strike in Syria",
         "The president said he had decided the United States should take military action but"
         " would seek authorization from Congress."),
        ("BBC", "2013-08-31T20:05", "Obama says US should take action against Syria",
         "President Obama says he will seek the approval of Congress for military action over"
         " the alleged chemical attack."),
        ("Guardian", "2013-08-31T21:00", "Obama puts Syria strike on hold to seek vote in Congress",
         "The decision delays punitive action against the Assad regime by at least 10 days."),
        ("Al Jazeera", "2013-09-01T01:30", "US delays Syria attack pending congressional vote",
         "Obama says he has the authority to strike without lawmakers but wants their backing."),
        ("Guardian", "2013-09-02T07:00", "Obama's Syria gamble shows the limits of American power",
         "By turning to Congress the president has made intervention less likely, and Assad"
         " knows it.", "opinion"),
    ]),
    ("ghouta-2013", "chemical-weapons-deal", [
        ("Reuters", "2013-09-14T10:50", "U.S., Russia agree framework on Syria chemical weapons",
         "Washington and Moscow agreed on a plan to remove or destroy Syria's chemical weapons by"
         " mid-2014, averting a US strike for now."),
        ("BBC", "2013-09-14T11:20", "Syria crisis: US and Russia agree chemical weapons deal",
         "Kerry and Lavrov announce after talks in Geneva that Damascus must submit a list of its"
         " stockpile within a week."),
        ("AP", "2013-09-14T12:05", "Kerry, Lavrov reach deal on Syria's chemical arms",
         "The agreement calls for an inventory within a week and international inspectors on the"
         " ground by November."),
        ("France 24", "2013-09-14T13:40", "Geneva talks yield plan to rid Syria of toxic arsenal",
         "American and Russian diplomats settle on a timetable to eliminate Damascus's sarin and"
         " mustard gas."),
    ]),
    # ---------------------------------------------------------------- islamic state
    ("islamic-state", "caliphate-declared", [
        ("BBC", "2014-06-29T21:00", "Isis rebels declare 'Islamic state' in Iraq and Syria",
         "The jihadist group says it is establishing a caliphate and names its leader Abu Bakr"
         " al-Baghdadi as caliph."),
        ("Al Jazeera", "2014-06-30T06:15", "ISIL declares new 'Islamic caliphate'",
         "Sunni armed group renames itself the Islamic State and demands allegiance from Muslims"
         " worldwide."),
        ("Reuters", "2014-06-29T22:30", "Sunni militants declare 'caliphate' in Iraq, Syria",
         "The Islamic State in Iraq and the Levant declared its leader Baghdadi head of a"
         " caliphate stretching from Aleppo to Diyala."),
        ("Guardian", "2014-06-30T09:00", "Isis announces Islamic caliphate in area straddling Iraq and Syria",
         "Group drops the words Iraq and Syria from its name in an audio statement posted online."),
    ]),
    ("islamic-state", "us-strikes-syria", [
        ("NYT", "2014-09-23T04:30", "U.S. and Arab Allies Launch Airstrikes Against ISIS in Syria",
         "American warplanes and Tomahawk missiles hit targets around Raqqa in the first attacks"
         " on the group inside Syria."),
        ("BBC", "2014-09-23T06:10", "US-led forces launch first strikes on IS in Syria",
         "Five Arab nations joined the bombardment of Islamic State bases, the Pentagon says."),
        ("Al Jazeera", "2014-09-23T08:00", "US and allies bomb ISIL targets inside Syria",
         "Bahrain, Jordan, Qatar, Saudi Arabia and the UAE took part in the raids on Raqqa and"
         " Deir Az Zor."),
        ("Guardian", "2014-09-23T09:30", "Air strikes in Syria: US and Gulf allies hit Isis strongholds",
         "Pentagon confirms fighters, bombers and cruise missiles were used in overnight raids."),
    ]),
    ("islamic-state", "palmyra-seized", [
        ("BBC", "2015-05-21T08:00", "Islamic State 'seizes ancient Palmyra'",
         "IS militants take full control of the ancient city of Palmyra, raising fears for its"
         " Roman-era ruins."),
        ("Reuters", "2015-05-21T07:10", "Islamic State fighters seize Syria's Palmyra, threaten ancient ruins",
         "Syrian troops withdrew from Palmyra as militants overran the desert city, a UNESCO"
         " World Heritage site."),
        ("Guardian", "2015-05-21T10:30", "Isis takes control of Syrian city of Palmyra",
         "Archaeologists fear destruction of 2,000-year-old monuments after the government"
         " retreat."),
        ("AP", "2015-05-21T11:15", "Militants capture Syrian town home to famed ruins",
         "The fall of Tadmur marks the first time the extremists have taken a city directly from"
         " Assad's forces."),
        ("NYT", "2015-05-22T02:00", "What the Fall of Palmyra Means for Syria's War",
         "The loss of the oasis city exposes how stretched the government's army has become.",
         "analysis"),
    ]),
    ("islamic-state", "raqqa-falls", [
        ("Reuters", "2017-10-17T09:40", "U.S.-backed forces seize Islamic State's Raqqa",
         "The Syrian Democratic Forces said they had taken the last positions of the militants"
         " in their de facto capital."),
        ("BBC", "2017-10-17T12:00", "Raqqa: IS 'capital' falls to US-backed Syrian forces",
         "Fighters celebrate in the city's stadium after a four-month battle."),
        ("Al Jazeera", "2017-10-17T13:30", "SDF declares victory over ISIL in Raqqa",
         "Kurdish-led alliance says major military operations are over in the city that was the"
         " group's stronghold."),
        ("Guardian", "2017-10-17T14:10", "Isis defeated in Raqqa as US-backed forces take last stronghold",
         "Fall of the group's self-declared capital leaves a city in ruins."),
        ("DW", "2017-10-17T15:00", "Kurdish-led militia captures IS bastion",
         "The Syrian Democratic Forces say the jihadists have been driven out of the national"
         " hospital and the stadium."),
        ("Guardian", "2017-10-18T07:00", "Raqqa's fall does not mean the end of Isis",
         "The caliphate has lost its capital but the ideology will outlive the territory.",
         "opinion"),
    ]),
    ("islamic-state", "baghouz-defeat", [
        ("BBC", "2019-03-23T08:30", "IS 'caliphate' defeated in Syria, US-backed forces say",
         "The Syrian Democratic Forces declare victory in Baghouz, the last patch of territory"
         " held by the group."),
        ("Reuters", "2019-03-23T07:50", "U.S.-backed forces declare defeat of Islamic State caliphate",
         "The SDF raised its flag over Baghouz after weeks of siege near the Iraqi border."),
        ("AP", "2019-03-23T09:05", "US-backed Syrian force announces end of IS territorial rule",
         "The announcement ends a years-long campaign, though the extremists still have"
         " sleeper cells."),
        ("Al Jazeera", "2019-03-23T10:00", "SDF claims total victory over ISIL in Baghouz",
         "Kurdish-led fighters say the last pocket in eastern Syria has fallen."),
        ("NYT", "2019-03-23T13:00", "ISIS Loses Final Territory in Syria",
         "The fall of the village on the Euphrates ends the group's physical caliphate."),
    ]),
    ("islamic-state", "baghdadi-killed", [
        ("NYT", "2019-10-27T13:20", "ISIS Leader al-Baghdadi Is Killed in U.S. Raid, Trump Says",
         "The leader blew himself up as American commandos closed in on a compound in"
         " northwestern Syria."),
        ("BBC", "2019-10-27T14:00", "Abu Bakr al-Baghdadi: IS leader 'dead after US raid'",
         "President Trump says he died 'like a dog' in a special forces operation in Idlib"
         " province."),
        ("Al Jazeera", "2019-10-27T15:10", "Trump says ISIL chief Baghdadi killed in Syria",
         "US president says the leader detonated a suicide vest in a tunnel in Barisha."),
        ("Reuters", "2019-10-27T14:30", "Islamic State leader Baghdadi dies in U.S. raid in Syria",
         "Trump said the militant chief fled into a dead-end tunnel with three children."),
        ("AP", "2019-10-28T03:00", "EXPLAINER: Who will lead IS after al-Baghdadi?",
         "The group has lost its founder figure. Here is what we know about possible"
         " successors.", "explainer"),
    ]),
    # ---------------------------------------------------------------- russia / aleppo 2016
    ("russia-aleppo-2016", "russia-airstrikes-begin", [
        ("Reuters", "2015-09-30T11:00", "Russia carries out first air strikes in Syria",
         "Russian jets struck targets near Homs and Hama, hours after parliament approved the"
         " use of force abroad."),
        ("BBC", "2015-09-30T12:30", "Russia joins war in Syria: Five key points",
         "Moscow launches air strikes, saying it is targeting Islamic State, but the US says"
         " other rebels were hit.", "explainer"),
        ("Guardian", "2015-09-30T13:00", "Russia launches airstrikes in Syria amid US claims they are not targeting Isis",
         "The Kremlin says its warplanes hit militants, but Washington says areas without IS"
         " presence were bombed."),
        ("NYT", "2015-09-30T14:40", "Russia Begins Airstrikes in Syria After Assad's Request",
         "Russian warplanes struck opposition areas around Homs, raising questions about Moscow's"
         " aims."),
        ("Al Jazeera", "2015-09-30T15:20", "Russian jets bomb targets in Syria",
         "Moscow says it hit ISIL positions but activists report civilian deaths in Talbiseh."),
    ]),
    ("russia-aleppo-2016", "east-aleppo-falls", [
        ("BBC", "2016-12-13T09:00", "Aleppo battle: Syria rebels agree to evacuation deal",
         "Rebels in eastern Aleppo agree to leave under a ceasefire brokered by Russia and Turkey"
         " as their enclave collapses."),
        ("Reuters", "2016-12-13T10:30", "Syrian rebels in Aleppo agree to withdraw as army takes over",
         "A deal has been reached for insurgents to leave their last sliver of the city after"
         " a rapid government advance."),
        ("Guardian", "2016-12-13T11:45", "Aleppo: ceasefire deal to evacuate rebels and civilians",
         "UN reports civilians being shot in their homes as pro-government forces close in."),
        ("Al Jazeera", "2016-12-13T12:10", "Ceasefire reached in Aleppo, evacuation to begin",
         "Opposition fighters and their families to leave for Idlib, as regime reclaims the city."),
        ("Guardian", "2016-12-14T08:00", "The Guardian view on Aleppo: a catastrophe for Syria and the world",
         "The fall of eastern Aleppo is a moral failure that will haunt the west.", "editorial"),
    ]),
    ("russia-aleppo-2016", "aleppo-evacuation-complete", [
        ("BBC", "2016-12-22T20:00", "Aleppo: Syrian army says it has retaken the city",
         "The army declares full control after the last buses carrying rebels leave the east."),
        ("Reuters", "2016-12-22T19:40", "Syrian army announces full control of Aleppo",
         "The military said security had been restored after the final evacuation, in Assad's"
         " biggest victory of the war."),
        ("AP", "2016-12-22T21:10", "Syria's government reclaims Aleppo, biggest win of war",
         "Evacuations were completed as the final convoys reached opposition territory."),
        ("France 24", "2016-12-22T22:00", "Damascus declares victory in Aleppo after evacuations end",
         "State television announces the city is back under government authority."),
    ]),
    # ---------------------------------------------------------------- khan sheikhoun 2017
    ("khan-sheikhoun-2017", "khan-sheikhoun-attack", [
        ("BBC", "2017-04-04T10:00", "Syria conflict: 'Chemical attack' in Idlib kills 58",
         "Dozens of people, including children, die in a suspected chemical attack on a"
         " rebel-held town in Idlib province."),
        ("Reuters", "2017-04-04T11:20", "Suspected gas attack kills dozens in Syria's Idlib",
         "A suspected chemical attack on Khan Sheikhoun killed scores, and monitors blamed Syrian"
         " or Russian jets."),
        ("Al Jazeera", "2017-04-04T12:30", "Dozens killed in suspected toxic gas attack in Khan Sheikhoun",
         "Medics say victims showed symptoms consistent with a nerve agent."),
        ("Guardian", "2017-04-04T13:00", "Syria chemical attack: death toll rises as world leaders condemn",
         "Victims foaming at the mouth after strike on town, as hospital treating them is hit."),
        ("NYT", "2017-04-04T16:00", "Worst Chemical Attack in Years in Syria; U.S. Blames Assad",
         "Scores of civilians, many of them children, were killed in a town in Idlib."),
    ]),
    ("khan-sheikhoun-2017", "shayrat-strike", [
        ("NYT", "2017-04-07T01:50", "Dozens of U.S. Missiles Hit Air Base in Syria",
         "Trump ordered 59 Tomahawk cruise missiles fired at the base from which the chemical"
         " attack was launched."),
        ("BBC", "2017-04-07T03:30", "Syria war: US launches missile strikes in response to 'chemical attack'",
         "US warships fire missiles at the Shayrat airbase in Homs province."),
        ("Reuters", "2017-04-07T02:40", "U.S. strikes Syrian air base in response to gas attack",
         "The Pentagon said the missiles hit aircraft, hardened shelters and fuel depots."),
        ("Al Jazeera", "2017-04-07T05:00", "US fires Tomahawks at Syrian airfield",
         "Damascus calls the attack on Shayrat an act of aggression; Russia suspends air-safety"
         " deal."),
        ("CNN", "2017-04-07T12:00", "Analysis: Trump's Syria strike is a message to the world",
         "The missile attack signals a president willing to act on instinct.", "analysis"),
    ]),
    # ---------------------------------------------------------------- douma 2018
    ("douma-2018", "douma-attack", [
        ("BBC", "2018-04-08T08:00", "Syria war: Alleged chemical attack kills dozens in Douma",
         "Rescuers say dozens died in the last rebel-held town in Eastern Ghouta."),
        ("Reuters", "2018-04-08T07:15", "Dozens reported killed in suspected gas attack in Syria's Douma",
         "Medical relief groups said a poison gas attack killed scores in the besieged town."),
        ("Al Jazeera", "2018-04-08T09:00", "Syria: suspected chemical attack in Douma kills dozens",
         "White Helmets say families were found suffocated in basements."),
        ("Guardian", "2018-04-08T10:20", "Syria: scores killed in suspected chemical attack on rebel enclave",
         "Trump warns of a 'big price to pay' after reports of chlorine and nerve agent use."),
    ]),
    ("douma-2018", "western-strikes-2018", [
        ("BBC", "2018-04-14T02:30", "Syria air strikes: US, UK and France hit chemical sites",
         "Western powers launch strikes on targets believed linked to chemical weapons"
         " production."),
        ("Reuters", "2018-04-14T03:10", "U.S., Britain and France strike Syria over suspected gas attack",
         "More than 100 missiles were fired at three sites near Damascus and Homs."),
        ("Guardian", "2018-04-14T04:00", "Syria: US, UK and France launch strikes in response to chemical attack",
         "Theresa May says there was no practicable alternative to the use of force."),
        ("France 24", "2018-04-14T06:00", "Macron: French strikes on Syria targeted chemical arsenal",
         "French jets and frigates took part in the joint operation with Washington and London."),
        ("Al Jazeera", "2018-04-14T07:20", "Syria strikes: What we know so far",
         "Which sites were hit, what weapons were used and how Damascus and Moscow"
         " responded.", "explainer"),
        ("NYT", "2018-04-15T11:00", "The Syria Strikes Were Legal. They Were Also Pointless.",
         "One night of missiles will not change Assad's behaviour.", "opinion"),
    ]),
    # ---------------------------------------------------------------- turkey north
    ("turkey-north", "afrin-falls", [
        ("Reuters", "2018-03-18T10:00", "Turkish-backed forces take Syria's Afrin, Erdogan says",
         "Turkish troops and allied Syrian rebels took full control of Afrin town from the YPG."),
        ("BBC", "2018-03-18T11:30", "Afrin: Turkish-led forces oust Kurdish fighters from Syria town",
         "Free Syrian Army fighters backed by Turkey pull down a statue in the town centre."),
        ("Al Jazeera", "2018-03-18T12:00", "Turkey-backed FSA captures Afrin city centre",
         "Operation Olive Branch reaches its goal, two months after it began."),
        ("DW", "2018-03-18T14:00", "Turkish army seizes Kurdish enclave in northern Syria",
         "Thousands of civilians flee as the YPG militia withdraws."),
    ]),
    ("turkey-north", "peace-spring", [
        ("BBC", "2019-10-09T14:00", "Turkey launches offensive against Kurdish-led forces in Syria",
         "Turkey begins air strikes and shelling of Kurdish-held areas days after US troops"
         " pulled back."),
        ("Reuters", "2019-10-09T13:20", "Turkey launches military operation in northeast Syria",
         "Erdogan announced Operation Peace Spring against the YPG, whom Ankara sees as"
         " terrorists."),
        ("Guardian", "2019-10-09T15:00", "Turkey begins assault on Kurds in north-east Syria",
         "Airstrikes hit Ras al-Ain as civilians flee after Trump's withdrawal of troops."),
        ("NYT", "2019-10-09T16:30", "Turkey Attacks Kurds in Syria Days After U.S. Pulls Out",
         "Warplanes and artillery struck towns held by Washington's former partners."),
        ("Al Jazeera", "2019-10-09T17:00", "Turkish troops cross into Syria in offensive on SDF",
         "Ankara says it aims to create a safe zone for the return of refugees."),
        ("AP", "2019-10-10T04:00", "EXPLAINER: Why is Turkey attacking Syria's Kurds?",
         "A look at the players in the offensive and what Ankara wants.", "explainer"),
    ]),
    ("turkey-north", "sochi-deal-2019", [
        ("Reuters", "2019-10-22T18:00", "Putin, Erdogan agree to deploy forces to push Kurds from Syria border",
         "Russian military police and Syrian border guards will remove YPG fighters within 150"
         " hours."),
        ("BBC", "2019-10-22T19:00", "Turkey and Russia agree to joint patrols in northern Syria",
         "Presidents Erdogan and Putin reach a deal in Sochi hours before a ceasefire expires."),
        ("Al Jazeera", "2019-10-22T20:30", "Turkey-Russia deal: Kurdish fighters must leave border",
         "Agreement in the Black Sea resort extends the pause in the Turkish offensive."),
    ]),
    # ---------------------------------------------------------------- idlib 2020
    ("idlib-2020", "turkish-soldiers-killed", [
        ("BBC", "2020-02-28T01:00", "Syria war: Turkey vows retaliation after 33 soldiers killed",
         "Turkey blames Syrian government forces for an air strike in Idlib."),
        ("Reuters", "2020-02-27T22:30", "Turkey says 33 soldiers killed in Syria air strike",
         "Ankara retaliated against government targets after its biggest military loss in the"
         " conflict."),
        ("Al Jazeera", "2020-02-28T02:10", "Dozens of Turkish soldiers killed in Idlib attack",
         "Erdogan convened an emergency security meeting after the strike."),
        ("Guardian", "2020-02-28T08:00", "Turkey threatens to let refugees into Europe after troops killed",
         "Ankara says it will no longer stop migrants after the deadliest attack on its army in"
         " Syria."),
    ]),
    ("idlib-2020", "idlib-ceasefire", [
        ("Reuters", "2020-03-05T17:30", "Russia and Turkey agree ceasefire in Syria's Idlib",
         "Putin and Erdogan agreed a truce after six hours of talks in Moscow."),
        ("BBC", "2020-03-05T18:10", "Syria war: Russia and Turkey agree Idlib ceasefire",
         "The deal includes a security corridor and joint patrols along the M4 highway."),
        ("Al Jazeera", "2020-03-05T19:00", "Erdogan and Putin reach truce for northwest Syria",
         "Moscow meeting ends with a deal to halt fighting from midnight."),
        ("DW", "2020-03-06T09:00", "Opinion: The Idlib ceasefire is a fig leaf",
         "The Moscow deal buys time for Putin and Erdogan but nothing for civilians.", "opinion"),
    ]),
    # ---------------------------------------------------------------- earthquake 2023
    ("earthquake-2023", "earthquake-strikes", [
        ("BBC", "2023-02-06T06:00", "Turkey earthquake: Thousands dead as quake hits Turkey and Syria",
         "A 7.8 magnitude earthquake has struck southern Turkey and northern Syria, toppling"
         " buildings."),
        ("Reuters", "2023-02-06T05:40", "Powerful quake kills over 1,300 in Turkey and Syria",
         "The earthquake flattened apartment blocks in Gaziantep and Aleppo as people slept."),
        ("Al Jazeera", "2023-02-06T07:30", "Deadly earthquake hits Turkey, Syria",
         "Rescuers dig through rubble in freezing weather in Hatay and Idlib."),
        ("Guardian", "2023-02-06T08:10", "Turkey and Syria earthquake: death toll climbs",
         "Hundreds of buildings collapse as tremor felt as far away as Cyprus."),
        ("DW", "2023-02-06T09:00", "Turkey-Syria quake: Death toll rises",
         "Aftershocks hamper rescue efforts in both countries."),
        ("NPR", "2023-02-06T12:00", "How to help victims of the Turkey-Syria earthquake",
         "Aid groups are asking for donations. Here is what to know before you give.",
         "explainer"),
    ]),
    ("earthquake-2023", "bab-al-hawa-aid", [
        ("Reuters", "2023-02-09T09:30", "First U.N. aid convoy reaches Syria's rebel-held northwest",
         "Six trucks crossed at Bab al-Hawa, three days after the quake."),
        ("Al Jazeera", "2023-02-09T10:15", "First UN aid enters northwest Syria after quake",
         "Convoy carrying shelter items arrives through the sole open border crossing with"
         " Turkey."),
        ("BBC", "2023-02-09T12:00", "Syria earthquake: First aid reaches rebel-held areas",
         "A convoy has crossed from Turkey into Idlib province."),
    ]),
    ("earthquake-2023", "crossings-opened", [
        ("Reuters", "2023-02-13T21:00", "Syria's Assad agrees to open two more border crossings for aid",
         "The UN said Damascus agreed to open Bab al-Salam and Al Ra'ee for three months."),
        ("AP", "2023-02-13T22:10", "UN: Syria OKs 2 new crossings from Turkey for quake aid",
         "Guterres welcomed the decision to allow aid into the opposition-held north."),
        ("Al Jazeera", "2023-02-14T06:00", "Syria's al-Assad allows more quake aid crossings",
         "UN aid chief Martin Griffiths met Assad in Damascus."),
    ]),
    # ---------------------------------------------------------------- arab league 2023
    ("arab-league-2023", "arab-league-readmits", [
        ("Reuters", "2023-05-07T14:00", "Arab League reinstates Syria in regional rapprochement",
         "Foreign ministers voted in Cairo to end a 12-year suspension of Damascus."),
        ("BBC", "2023-05-07T15:00", "Syria's Assad returns to Arab fold",
         "The Arab League agrees to readmit Syria after more than a decade."),
        ("Al Jazeera", "2023-05-07T16:00", "Arab League votes to bring Syria back",
         "Decision comes after months of normalisation with al-Assad's government."),
        ("AP", "2023-05-07T16:30", "Arab League restores Syria's membership",
         "The move marks a major step toward ending al-Assad's isolation."),
    ]),
    ("arab-league-2023", "jeddah-summit", [
        ("Reuters", "2023-05-19T12:00", "Assad gets warm welcome at Arab summit",
         "Syria's president attended his first Arab League summit since 2010 in Jeddah."),
        ("Al Jazeera", "2023-05-19T13:00", "Syria's al-Assad attends Arab summit in Saudi Arabia",
         "Zelenskyy also makes a surprise appearance at the meeting."),
        ("Guardian", "2023-05-19T15:00", "Bashar al-Assad embraced by Arab leaders in Jeddah",
         "Mohammed bin Salman greets the Syrian leader as he returns to the regional stage."),
        ("Guardian", "2023-05-20T08:00", "Welcoming Assad back is a betrayal of Syrians",
         "The region's autocrats have rewarded a man who gassed his own people.", "opinion"),
    ]),
    # ---------------------------------------------------------------- israel / iran
    ("israel-iran", "consulate-strike", [
        ("Reuters", "2024-04-01T17:30", "Israeli strike on Iran embassy in Syria kills commanders",
         "An airstrike on Iran's consulate building in Damascus killed Revolutionary Guards"
         " general Mohammad Reza Zahedi."),
        ("BBC", "2024-04-01T18:20", "Iran accuses Israel of killing generals in Damascus strike",
         "Seven members of the IRGC are killed when a building next to the embassy is hit."),
        ("Al Jazeera", "2024-04-01T19:00", "Iran vows revenge after Israeli attack on consulate",
         "Senior commander of the Quds Force among those killed in the Syrian capital."),
        ("NYT", "2024-04-01T20:10", "Israeli Strike in Syria Kills Top Iranian Commanders",
         "The attack on a diplomatic compound raised fears of a wider regional war."),
        ("Guardian", "2024-04-01T21:00", "Israel attack on Iranian embassy in Syria risks escalation",
         "Tehran says it reserves the right to respond."),
    ]),
    ("israel-iran", "israel-buffer-zone", [
        ("Reuters", "2024-12-08T16:00", "Israel seizes buffer zone in Golan after Assad's fall",
         "Netanyahu said the 1974 disengagement agreement had collapsed and ordered troops in."),
        ("Al Jazeera", "2024-12-08T18:00", "Israeli troops move into demilitarised zone on Syria border",
         "Israel's army enters the UN-patrolled area for the first time since 1974."),
        ("Guardian", "2024-12-09T07:00", "Israel sends troops beyond Golan Heights after collapse of Syrian army",
         "Netanyahu calls the move temporary; Arab states condemn it."),
    ]),
    ("israel-iran", "israel-strikes-arsenal", [
        ("BBC", "2024-12-10T10:00", "Israel carries out hundreds of strikes on Syria military sites",
         "The Israeli military says it has destroyed most of Syria's strategic weapons stockpiles."),
        ("Reuters", "2024-12-10T09:00", "Israel says it destroyed Syrian navy and weapons in 480 strikes",
         "The army said it hit missile depots, air defences and ships at Latakia."),
        ("Al Jazeera", "2024-12-10T11:30", "Israel pounds Syria's military assets in wave of air raids",
         "Attacks target warplanes, navy vessels and research centres across the country."),
    ]),
    # ---------------------------------------------------------------- offensive 2024
    ("offensive-2024", "offensive-launched", [
        ("Reuters", "2024-11-27T14:00", "Syrian rebels launch major attack on army in Aleppo province",
         "Insurgents led by Hayat Tahrir al-Sham stormed more than a dozen villages west of"
         " Aleppo, the biggest offensive in years."),
        ("Al Jazeera", "2024-11-27T16:30", "Opposition fighters launch offensive against Syrian government",
         "Armed groups in Idlib say the operation responds to escalating government strikes."),
        ("BBC", "2024-11-28T09:00", "Syria: Jihadist-led rebels attack government forces in north-west",
         "Dozens are killed as HTS fighters seize territory in Aleppo and Idlib provinces."),
        ("AP", "2024-11-27T18:10", "Insurgents in Syria launch surprise attack on government forces",
         "The fighting is the most intense in the northwest in years, a war monitor says."),
        ("France 24", "2024-11-28T07:00", "Jihadists and allies launch lightning offensive in northwest Syria",
         "Clashes are the deadliest since a 2020 ceasefire, monitors report."),
    ]),
    ("offensive-2024", "aleppo-seized", [
        ("Reuters", "2024-11-30T12:00", "Rebels seize Aleppo",
         "Insurgents swept into Syria's second city, forcing the army to redeploy, in a blow"
         " to Assad."),
        ("Al Jazeera", "2024-11-30T13:30", "Syrian opposition fighters take control of most of Aleppo city",
         "Government forces withdraw as armed groups advance into the centre of the city."),
        ("BBC", "2024-11-30T15:00", "Syria: Rebels take most of Aleppo city, war monitor says",
         "The Syrian Observatory says HTS-led fighters control the city apart from Kurdish areas."),
        ("Guardian", "2024-11-30T16:00", "Syrian army retreats as rebel forces overrun Aleppo",
         "Army command admits dozens of soldiers killed and says it is preparing a"
         " counterattack."),
        ("NYT", "2024-11-30T18:00", "Syrian Insurgents Capture Most of Aleppo in Stunning Advance",
         "The swift fall of the city was the biggest challenge to Assad's rule in years."),
        ("DW", "2024-12-01T08:00", "Syria: Islamist-led militants capture Aleppo",
         "The militants also advanced into Hama province, a monitoring group said."),
        ("Al Jazeera", "2024-11-30T20:00", "What is HTS, the group that took Aleppo?",
         "Hayat Tahrir al-Sham grew out of al-Qaeda's Syrian branch. Here is what you need to"
         " know.", "explainer"),
        ("BBC", "2024-12-01T07:00", "Why has Syria's civil war flared up again?",
         "Our Middle East correspondent looks at the forces behind the rebels' surprise success"
         " in Aleppo.", "analysis"),
    ]),
    ("offensive-2024", "hama-captured", [
        ("Reuters", "2024-12-05T15:00", "Syrian rebels capture Hama in new blow to Assad",
         "The army said it had redeployed outside the city after intense fighting."),
        ("BBC", "2024-12-05T16:00", "Syrian army withdraws from Hama as rebels enter city",
         "HTS fighters advance into the strategic city after days of clashes."),
        ("Al Jazeera", "2024-12-05T17:00", "Opposition forces enter Hama as government troops pull out",
         "The fall of the central city opens the road south toward Homs."),
        ("AP", "2024-12-05T18:30", "Insurgents take control of Syria's fourth-largest city",
         "Jubilant crowds celebrated in the streets as government forces withdrew."),
    ]),
    ("offensive-2024", "assad-falls", [
        ("BBC", "2024-12-08T05:00", "Syrian rebels topple President Assad, prime minister says",
         "Rebels say they have taken Damascus and that Bashar al-Assad has fled the country."),
        ("Reuters", "2024-12-08T04:30", "Syrian rebels seize Damascus, Assad flees",
         "Rebels declared the end of 24 years of Assad rule after a lightning offensive."),
        ("Al Jazeera", "2024-12-08T06:00", "Opposition fighters enter Damascus, declare end of al-Assad rule",
         "Crowds celebrate in the capital's squares as the former president's whereabouts"
         " remain unknown."),
        ("Guardian", "2024-12-08T08:00", "Assad regime falls as rebels take control of Damascus",
         "Jubilation in the streets as half a century of family rule ends."),
        ("NYT", "2024-12-08T09:00", "Assad Flees Syria as Rebels Take Capital",
         "The collapse of his government ends a five-decade dynasty."),
        ("France 24", "2024-12-08T10:00", "Syria's Assad has fled to Moscow, Russian media report",
         "The Kremlin says he was granted asylum on humanitarian grounds."),
        ("DW", "2024-12-08T11:00", "Syria: Assad ousted as rebels take Damascus",
         "Syrians across Europe celebrate the fall of the government."),
        ("Guardian", "2024-12-08T19:00", "The Guardian view on the fall of Assad: joy, and then the hard part",
         "Syrians deserve to celebrate, but the country's future is far from certain.",
         "editorial"),
        ("NYT", "2024-12-09T10:00", "What Assad's Fall Means for Russia and Iran",
         "The end of the regime is a blow to two powers that spent years propping it up.",
         "analysis"),
        ("Reuters", "2024-12-09T12:00", "Analysis: Assad's downfall redraws the Middle East map",
         "Iran's axis is weakened and Turkey emerges as the key foreign player.", "analysis"),
        ("Al Jazeera", "2024-12-10T09:00", "Syria's future after al-Assad is for Syrians to decide",
         "Foreign powers must resist the temptation to pick winners.", "opinion"),
    ]),
    ("offensive-2024", "sednaya-search", [
        ("BBC", "2024-12-09T13:00", "Saydnaya: Rescuers search for hidden cells at notorious prison",
         "Crowds gather at the prison known as the human slaughterhouse hoping to find missing"
         " relatives."),
        ("Al Jazeera", "2024-12-09T14:00", "Families search Syria's Sednaya prison for loved ones",
         "White Helmets say they found no secret underground cells after hours of searching."),
        ("AP", "2024-12-09T15:30", "Syrians swarm notorious prison looking for missing relatives",
         "Thousands were freed from Saydnaya when insurgents reached Damascus."),
    ]),
    ("offensive-2024", "bashir-caretaker", [
        ("Reuters", "2024-12-10T12:00", "Syria's new leaders name Mohammed al-Bashir interim prime minister",
         "Bashir, who ran the rebel government in Idlib, will lead a caretaker cabinet until"
         " March."),
        ("Al Jazeera", "2024-12-10T13:00", "Mohammed al-Bashir appointed Syria's caretaker PM",
         "The head of the Salvation Government will oversee the transition."),
        ("BBC", "2024-12-10T14:30", "Syria: Transitional government head named",
         "Mohammed al-Bashir says he will run the country until 1 March 2025."),
    ]),
    # ---------------------------------------------------------------- transition 2025
    ("transition-2025", "sharaa-president", [
        ("Reuters", "2025-01-29T19:00", "Syria's Sharaa named president for transitional period",
         "The military command also dissolved the constitution, parliament and the Baath party."),
        ("Al Jazeera", "2025-01-29T20:00", "Ahmed al-Sharaa appointed Syria's interim president",
         "The HTS leader will form a temporary legislative council."),
        ("BBC", "2025-01-30T07:00", "Syria's de facto leader Ahmed al-Sharaa declared president",
         "Armed factions that toppled Assad announce the decision at a victory conference in"
         " Damascus."),
        ("France 24", "2025-01-30T08:00", "Former jihadist al-Sharaa becomes Syria's transitional leader",
         "The appointment follows the dissolution of the Assad-era army and security agencies."),
    ]),
    ("transition-2025", "constitutional-declaration", [
        ("Reuters", "2025-03-13T15:00", "Syria's Sharaa signs constitution putting country under Islamist rule for five years",
         "The constitutional declaration keeps Islamic jurisprudence as the main source of law."),
        ("Al Jazeera", "2025-03-13T16:00", "Syria's interim president signs temporary constitution",
         "Five-year transitional period set out in the document."),
        ("DW", "2025-03-14T08:00", "Syria's temporary constitution: What's in it?",
         "Critics say the text gives the president sweeping powers.", "explainer"),
    ]),
    ("transition-2025", "parliament-elections", [
        ("Reuters", "2025-10-05T16:00", "Syria holds first parliamentary elections since Assad's fall",
         "Electoral colleges chose two-thirds of the People's Assembly in an indirect vote."),
        ("Al Jazeera", "2025-10-05T17:00", "Syrians vote in indirect legislative polls",
         "A third of the 210 seats will be appointed by President al-Sharaa."),
        ("AP", "2025-10-05T18:00", "Syria's new parliament chosen in vote critics call undemocratic",
         "Regional committees, not the public, selected lawmakers."),
        ("Guardian", "2025-10-06T06:00", "Syria's indirect election is not the democracy Syrians were promised",
         "The post-Assad authorities have chosen control over consent.", "opinion"),
    ]),
    ("transition-2025", "church-bombing", [
        ("BBC", "2025-06-22T17:00", "Damascus church attack: Suicide bomber kills worshippers",
         "At least 20 people are killed at the Mar Elias church during Sunday mass."),
        ("Reuters", "2025-06-22T16:30", "Suicide bomber kills at least 20 in Damascus church",
         "The interior ministry blamed an Islamic State cell for the attack."),
        ("Al Jazeera", "2025-06-22T18:00", "Deadly suicide attack hits Mar Elias Church in Syria's capital",
         "Gunman opened fire before detonating an explosive vest, officials say."),
        ("AP", "2025-06-22T19:00", "Bomber attacks church in Syrian capital, killing at least 25",
         "The first such attack in Damascus since the fall of Assad."),
    ]),
    # ---------------------------------------------------------------- coast 2025
    ("coast-2025", "coast-massacres", [
        ("Reuters", "2025-03-08T12:00", "Hundreds killed in Syria's coastal region as violence spirals",
         "A war monitor said security forces and allied fighters killed Alawite civilians in"
         " Latakia and Tartus."),
        ("BBC", "2025-03-08T13:00", "Syria: Hundreds of Alawites killed in revenge attacks, monitor says",
         "Families describe gunmen going house to house after an insurgency by Assad loyalists."),
        ("Al Jazeera", "2025-03-08T14:00", "Deadly clashes between Syria forces and Assad loyalists",
         "Government sends reinforcements to Latakia after ambushes by former regime fighters."),
        ("Guardian", "2025-03-08T18:00", "Killings of Alawite civilians in Syria spark alarm",
         "Videos show executions in villages around Baniyas."),
        ("NYT", "2025-03-09T08:00", "Sectarian Massacres Test Syria's New Rulers",
         "The violence on the coast is the deadliest since the fall of Assad.", "analysis"),
    ]),
    ("coast-2025", "sdf-integration-deal", [
        ("Reuters", "2025-03-10T19:00", "Kurdish-led SDF agrees to merge with Syrian state institutions",
         "Mazloum Abdi and Ahmed al-Sharaa signed a deal to integrate the SDF into the army."),
        ("Al Jazeera", "2025-03-10T20:00", "SDF and Damascus sign landmark integration agreement",
         "The deal covers border crossings, airports and oil fields in the northeast."),
        ("BBC", "2025-03-11T07:00", "Syria's Kurds agree to join new national army",
         "The agreement is to be implemented by the end of the year."),
    ]),
    # ---------------------------------------------------------------- sweida 2025
    ("sweida-2025", "sweida-clashes", [
        ("Reuters", "2025-07-14T10:00", "Dozens killed in Druze-Bedouin clashes in southern Syria",
         "Government forces deployed to Sweida after fighting between Druze militias and Bedouin"
         " tribes."),
        ("Al Jazeera", "2025-07-14T12:00", "Syrian troops sent to Suwayda after deadly sectarian clashes",
         "Interior ministry says more than 30 people killed."),
        ("BBC", "2025-07-14T14:00", "Syria sends troops to Druze city after deadly clashes",
         "The violence began with the abduction of a Druze merchant on the Damascus highway."),
    ]),
    ("sweida-2025", "israel-strikes-damascus", [
        ("Reuters", "2025-07-16T13:00", "Israel strikes Syrian army headquarters in Damascus",
         "Israel said it was protecting the Druze as it hit the defence ministry."),
        ("BBC", "2025-07-16T14:00", "Israel bombs Damascus, saying it is protecting Druze",
         "Strikes hit the army headquarters and near the presidential palace."),
        ("Al Jazeera", "2025-07-16T15:00", "Israeli air raids target Syria's defence ministry",
         "Attacks escalate as Syrian forces battle in Suwayda."),
        ("NYT", "2025-07-16T18:00", "Israel Strikes Syria's Capital in Escalation Over Druze",
         "Explosions shook central Damascus."),
        ("AP", "2025-07-16T16:00", "Israel hits Syrian military HQ in Damascus",
         "Israeli officials vowed to keep striking until government forces leave the Druze"
         " region."),
    ]),
    # ---------------------------------------------------------------- diplomacy 2025
    ("diplomacy-2025", "trump-lifts-sanctions", [
        ("Reuters", "2025-05-13T17:00", "Trump says he will lift sanctions on Syria",
         "The US president announced the move in Riyadh at the request of Saudi Crown Prince"
         " Mohammed bin Salman."),
        ("BBC", "2025-05-13T18:00", "Trump to lift all sanctions on Syria",
         "Syrians celebrate in Damascus after the surprise announcement."),
        ("Al Jazeera", "2025-05-13T19:00", "US to end Syria sanctions, Trump announces in Saudi Arabia",
         "Syria's foreign minister calls it a new beginning."),
        ("AP", "2025-05-14T09:00", "Trump meets Syria's interim president in Riyadh",
         "The meeting with al-Sharaa was the first between leaders of the two countries in 25"
         " years."),
        ("DW", "2025-05-14T10:00", "What lifting US sanctions could mean for Syria's economy",
         "Investors are eyeing reconstruction, but obstacles remain.", "analysis"),
    ]),
    ("diplomacy-2025", "sharaa-unga", [
        ("Reuters", "2025-09-24T15:00", "Syria's Sharaa addresses UN in first such speech in decades",
         "He called for the lifting of remaining sanctions and condemned Israeli strikes."),
        ("Al Jazeera", "2025-09-24T16:00", "Al-Sharaa speaks at UN General Assembly",
         "First Syrian head of state to address the assembly since 1967."),
        ("AP", "2025-09-24T17:00", "Syria's leader makes historic address to world leaders in New York",
         "Ahmed al-Sharaa promised accountability for crimes of the Assad era."),
    ]),
    ("diplomacy-2025", "white-house-visit", [
        ("Reuters", "2025-11-10T20:00", "Trump hosts Syria's Sharaa at the White House",
         "The visit is the first by a Syrian president to Washington."),
        ("BBC", "2025-11-10T21:00", "Syria's president meets Trump in historic White House visit",
         "Ahmed al-Sharaa, once designated a terrorist by the US, was welcomed in the Oval"
         " Office."),
        ("Al Jazeera", "2025-11-10T22:00", "Al-Sharaa at White House as Syria joins anti-ISIL coalition",
         "Damascus becomes the 90th member of the global coalition."),
        ("NYT", "2025-11-11T08:00", "From Jihadist to the Oval Office: How Sharaa Won Over Trump",
         "The Syrian leader's transformation has been remarkable, and calculated.", "analysis"),
    ]),
    ("diplomacy-2025", "caesar-repeal", [
        ("Reuters", "2025-12-18T20:00", "US Congress repeals Caesar Act sanctions on Syria",
         "The repeal was included in the annual defence bill."),
        ("Al Jazeera", "2025-12-18T21:00", "Caesar Act scrapped as Congress passes defence bill",
         "Syrian officials hail the end of sweeping Assad-era sanctions."),
    ]),
    # ---------------------------------------------------------------- kurds 2026
    ("kurds-2026", "army-advances-northeast", [
        ("NYT", "2026-02-16T10:00", "Syrian Army Crosses New Threshold With Advances in Kurdish Regions",
         "The advance of the Syrian Army into Kurdish regions could put nearly all the country"
         " under one authority. But it ends a dream of autonomy for ethnic Kurds."),
        ("Reuters", "2026-02-16T12:00", "Syrian government forces push into SDF-held northeast",
         "Troops entered towns east of the Euphrates as Kurdish-led fighters pulled back."),
        ("Al Jazeera", "2026-02-16T13:00", "Syrian army deploys in Hasakah countryside as SDF withdraws",
         "Government takes over checkpoints under the integration agreement."),
    ]),
    ("kurds-2026", "is-prison-breakouts", [
        ("DW", "2026-02-18T09:00", "Several German members of the Islamic State are missing following breakouts and transfers at Syrian prisons. Others face sentencing in Iraq.",
         "German men who joined the \"Islamic State\" group have been detained in Syria for"
         " years. But the recent fighting caused chaos at prisons."),
        ("Reuters", "2026-02-17T10:00", "Islamic State detainees escape as fighting disrupts Syrian prisons",
         "Hundreds of suspected militants are unaccounted for after transfers from SDF-run"
         " jails."),
    ]),
    # ---------------------------------------------------------------- detainees 2026
    ("detainees-2026", "australia-no-repatriation", [
        ("AP", "2026-02-17T03:00", "Australia won't repatriate 34 women and children linked to IS from Syria",
         "Australian Prime Minister Anthony Albanese says his government will not repatriate"
         " from Syria a group of 34 women and children with alleged ties to the militant Islamic"
         " State group."),
        ("NPR", "2026-02-17T05:00", "Australia won't repatriate 34 women and children from Syria",
         "The Australian government will not repatriate from Syria a group of 34 women and"
         " children with alleged ties to the Islamic State group, Prime Minister Anthony"
         " Albanese said Tuesday."),
        ("BBC", "2026-02-17T06:00", "Albanese rules out bringing IS-linked families home from Syria camp",
         "Canberra says it will not help the Australian women and children held in al-Roj."),
    ]),
    ("detainees-2026", "australians-turned-back", [
        ("AP", "2026-02-15T09:00", "Australians with alleged IS ties are turned back after departing Syrian camp for repatriation",
         "Syrian authorities have turned back a group of Australian women and children after"
         " they left a camp in Syria housing people with alleged ties to Islamic State"
         " militants."),
        ("Guardian", "2026-02-15T11:00", "Australian women and children stopped at Syrian checkpoint after leaving Roj camp",
         "The group had hoped to fly home via Damascus but were returned to the camp."),
    ]),
    ("detainees-2026", "damascus-book-fair", [
        ("AP", "2026-02-14T09:00", "The Damascus book fair draws crowds, with censorship eased in post-Assad Syria",
         "Damascus is hosting its first international book fair since Bashar Assad fell, and"
         " publishers say censorship has almost disappeared."),
    ]),
    # ---------------------------------------------------------------- refugees
    ("refugees", "germany-returns", [
        ("DW", "2026-02-05T09:00", "German government pushes Syrians to return to their homeland",
         "Nearly 6,000 Syrians in Germany applied for voluntary return to Syria in 2025. But"
         " with security concerns lingering, Syria remains too unstable for most."),
        ("Reuters", "2026-02-05T14:00", "Germany steps up incentives for Syrian refugees to go home",
         "Berlin is offering cash payments to Syrians who voluntarily return."),
    ]),
    ("refugees", "lebanon-boat", [
        ("Guardian", "2022-09-23T10:00", "Scores dead in worst sinking of migrant boat from Lebanon in recent years",
         "At least 77 people drowned and many still missing after shipwreck off coast of Syria."),
        ("Reuters", "2022-09-23T08:00", "Dozens drown as migrant boat from Lebanon sinks off Syria",
         "Syrian authorities said the boat carrying Lebanese, Syrians and Palestinians sank off"
         " Tartus."),
        ("Al Jazeera", "2022-09-23T12:00", "Death toll rises after migrant boat capsizes off Syria's Tartus",
         "Survivors treated in hospital in Tartus; the vessel had set off from Minyeh in"
         " northern Lebanon."),
        ("Guardian", "2022-09-24T10:00", "Death toll from sinking of Lebanon boat rises to 94",
         "Survivors say boat that sank off Syrian coast had between 120 and 150 people onboard."),
    ]),
]

# Further events and commentary, kept apart so each storyline above stays readable.
EVENTS += [
    ("uprising-2011", "damascus-bombing-2012", [
        ("BBC", "2012-07-18T12:00", "Syria defence minister killed in Damascus bomb attack",
         "Dawoud Rajiha and Assad's brother-in-law Assef Shawkat die in a blast at the national"
         " security headquarters."),
        ("Reuters", "2012-07-18T11:30", "Bomb kills Assad's brother-in-law and defence minister",
         "A bomber struck a meeting of ministers and security chiefs in the heart of the capital."),
        ("Al Jazeera", "2012-07-18T13:00", "Top Syrian officials killed in Damascus blast",
         "The Free Syrian Army claims responsibility for the attack on the inner circle."),
        ("Guardian", "2012-07-18T14:00", "Syrian regime rocked as bomb kills senior security figures",
         "Assault on the security building is the biggest blow yet to the government."),
    ]),
    ("uprising-2011", "geneva-two", [
        ("BBC", "2014-01-22T10:00", "Syria peace talks open in Switzerland amid bitter exchanges",
         "Delegations from the government and opposition trade accusations in Montreux."),
        ("Reuters", "2014-01-22T11:00", "Syria peace conference opens with acrimony",
         "Foreign minister Walid al-Moualem clashed with UN chief Ban Ki-moon over speaking"
         " time."),
        ("Al Jazeera", "2014-01-22T12:30", "Geneva II talks begin with war of words",
         "Opposition demands Assad step aside as the UN-backed conference opens."),
        ("France 24", "2014-01-23T08:00", "Geneva II: Can talks end Syria's war?",
         "Our panel of experts debates whether the conference stands any chance.", "analysis"),
    ]),
    ("russia-aleppo-2016", "cessation-hostilities", [
        ("Reuters", "2016-02-27T08:00", "Syria truce largely holds on first day",
         "A US-Russian brokered cessation of hostilities came into effect at midnight."),
        ("BBC", "2016-02-27T09:00", "Syria conflict: Fragile truce comes into force",
         "A partial ceasefire begins, excluding Islamic State and the Nusra Front."),
        ("Guardian", "2016-02-27T11:00", "Syria's partial ceasefire brings calm to much of the country",
         "Monitors report sporadic violations as the cessation begins."),
    ]),
    ("douma-2018", "deraa-retaken", [
        ("Reuters", "2018-07-12T14:00", "Syrian government raises flag in Deraa, cradle of revolt",
         "State media showed troops in Deraa al-Balad after rebels agreed to surrender."),
        ("Al Jazeera", "2018-07-12T15:00", "Syrian army retakes rebel-held Deraa city",
         "Government flag hoisted in the birthplace of the 2011 uprising."),
        ("BBC", "2018-07-12T16:00", "Syria war: Government forces enter Deraa, where uprising began",
         "Rebels in the southern city hand over heavy weapons under a Russian-brokered deal."),
    ]),
    ("turkey-north", "us-withdrawal-2019", [
        ("NYT", "2019-10-07T02:00", "Trump Endorses Turkish Military Operation in Syria, Shifting U.S. Policy",
         "The White House said American forces would pull back from the border, abandoning"
         " Kurdish allies."),
        ("BBC", "2019-10-07T08:00", "US to step aside for Turkish operation in north Syria",
         "The White House says US troops will move out of the area, clearing the way for Ankara."),
        ("Reuters", "2019-10-07T06:00", "U.S. troops start pulling back from Turkey-Syria border",
         "Kurdish-led forces said Washington's withdrawal was a stab in the back."),
        ("Guardian", "2019-10-07T10:00", "Kurds accuse US of betrayal as troops withdraw from Syria border",
         "Decision announced after a phone call between Trump and Erdogan."),
    ]),
    ("idlib-2020", "caesar-act", [
        ("Reuters", "2020-06-17T14:00", "U.S. imposes toughest sanctions yet on Syria",
         "The Caesar Act sanctions target anyone doing business with Assad's government."),
        ("Al Jazeera", "2020-06-17T15:00", "Caesar Act: New US sanctions on Syria come into force",
         "Asma al-Assad among 39 people and entities blacklisted."),
        ("Al Jazeera", "2020-06-18T09:00", "What is the Caesar Act and how will it affect Syria?",
         "The law is named after a military photographer who smuggled out images of torture.",
         "explainer"),
    ]),
    ("arab-league-2023", "assad-fourth-term", [
        ("Reuters", "2021-05-27T20:00", "Assad wins fourth term with 95% of vote",
         "The opposition and Western countries called the election a farce."),
        ("BBC", "2021-05-28T07:00", "Syria election: Assad re-elected with 95% of vote",
         "Critics say the vote was neither free nor fair."),
        ("Al Jazeera", "2021-05-27T21:00", "Syria's Bashar al-Assad wins fourth term in office",
         "Parliament speaker announces results of the vote held in government areas."),
    ]),
    ("arab-league-2023", "homs-academy-attack", [
        ("Reuters", "2023-10-05T16:00", "Drone attack on Syrian military academy kills dozens",
         "The attack hit a graduation ceremony in Homs, the army said."),
        ("Al Jazeera", "2023-10-05T17:00", "Scores killed in drone strike on Homs military college",
         "Government blames 'terrorist organisations' and vows a strong response."),
        ("AP", "2023-10-05T18:00", "Drones strike graduation ceremony at Syrian military academy",
         "Relatives of cadets were among the dead."),
    ]),
    ("diplomacy-2025", "sanctions-order", [
        ("Reuters", "2025-06-30T20:00", "Trump signs order to end Syria sanctions programme",
         "The executive order lifts restrictions while keeping sanctions on Assad and his"
         " associates."),
        ("AP", "2025-06-30T21:00", "Trump formally ends US sanctions program against Syria",
         "The White House said the move supports a stable and unified country."),
    ]),
    # ------------------------------------------------------------ commentary without a news twin
    ("offensive-2024", "sharaa-profile", [
        ("BBC", "2024-12-08T14:00", "Who is Abu Mohammed al-Jolani, the man who toppled Assad?",
         "From al-Qaeda commander to rebel leader: the rise of the HTS chief.", "explainer"),
        ("Guardian", "2024-12-08T15:00", "Syria's war explained: how did we get here?",
         "A visual guide to 13 years of conflict.", "explainer"),
        ("CNN", "2024-12-09T09:00", "Analysis: Assad is gone. Now comes the hard part for Syria",
         "Rebuilding the state will test the rebels more than the battlefield did.", "analysis"),
        ("DW", "2024-12-09T11:00", "Opinion: The fall of Assad is a warning for dictators",
         "No regime can rely forever on foreign protectors.", "opinion"),
        ("NPR", "2024-12-09T12:00", "What to know about the rebels who ousted Syria's Assad",
         "They range from former jihadists to Turkish-backed militias.", "explainer"),
        ("AP", "2024-12-09T13:00", "EXPLAINER: What's next for Syria after Assad?",
         "The rebels face a fractured country and a shattered economy.", "explainer"),
        ("NYT", "2024-12-10T11:00", "The Syrian People Deserve Better Than Their New Rulers' Promises",
         "Washington should set conditions for recognising the transition.", "opinion"),
    ]),
    ("transition-2025", "transition-commentary", [
        ("Al Jazeera", "2025-03-02T09:00", "Can Syria's new rulers hold the country together?",
         "Minorities remain wary as Damascus consolidates power.", "opinion"),
        ("Guardian", "2025-03-14T18:00", "The Guardian view on Syria's constitution: too much power in too few hands",
         "The interim declaration should be a step towards pluralism, not away from it.",
         "editorial"),
        ("Reuters", "2025-05-20T09:00", "EXPLAINER-What sanctions remain on Syria and who imposed them?",
         "A look at US, EU and UN measures after Trump's announcement.", "analysis"),
        ("France 24", "2025-07-17T20:00", "Israel and Syria's Druze: Why is Israel bombing Damascus?",
         "Our guests debate Israel's aims in southern Syria.", "analysis"),
        ("BBC", "2025-07-18T06:00", "Who are the Druze and why is Israel intervening in Syria?",
         "The religious minority lives in Syria, Lebanon and Israel.", "explainer"),
        ("DW", "2025-10-06T12:00", "Opinion: Syria's election was a missed opportunity",
         "An indirect vote cannot confer legitimacy on the new parliament.", "opinion"),
        ("Al Jazeera", "2025-11-12T09:00", "Analysis: What Syria gains from joining the anti-ISIL coalition",
         "Membership brings Washington closer, but risks at home.", "feature"),
        ("NYT", "2026-02-17T09:00", "The Kurds Fought ISIS for America. Now They Are Alone.",
         "The SDF's collapse is a story of abandonment.", "opinion"),
    ]),
    ("islamic-state", "is-commentary", [
        ("Guardian", "2014-07-01T08:00", "The Isis 'caliphate' is a delusion, but a dangerous one",
         "The group's declaration is propaganda aimed at recruits.", "opinion"),
        ("BBC", "2014-08-02T09:00", "Q&A: Who are Islamic State militants?",
         "The group has seized large parts of Iraq and Syria. What do they want?", "explainer"),
        ("Al Jazeera", "2015-05-25T10:00", "Palmyra: Why ISIL destroys heritage sites",
         "Experts say the destruction is about propaganda and looting.", "feature"),
        ("CNN", "2019-03-24T10:00", "Analysis: ISIS lost its last territory, but it is not defeated",
         "Thousands of fighters remain in hiding in the desert.", "analysis"),
    ]),
    ("earthquake-2023", "earthquake-commentary", [
        ("Guardian", "2023-02-08T18:00", "Syria's quake victims are paying the price for politics",
         "Aid must not be held hostage to sanctions or the Assad regime.", "opinion"),
        ("Reuters", "2023-02-10T09:00", "Analysis: Earthquake gives Assad a diplomatic opening",
         "Arab states are sending aid and officials to Damascus.", "analysis"),
    ]),
]

# Hard negatives: other events in the same places and the same days as the big stories.
EVENTS += [
    ("offensive-2024", "russian-jets-hit-idlib", [
        ("Reuters", "2024-12-01T10:00", "Russian and Syrian jets strike rebel-held Idlib",
         "Air strikes hit Idlib city and towns in the northwest a day after the insurgents"
         " swept into Aleppo, residents said."),
        ("Al Jazeera", "2024-12-01T12:00", "Deadly air raids pound Idlib as Syrian government hits back",
         "Rescuers say civilians were killed when Russian and government warplanes bombed"
         " a crowded area of Idlib."),
        ("AP", "2024-12-01T14:00", "Syrian and Russian warplanes bomb opposition-held northwest",
         "The strikes targeted Idlib province as Assad vowed to defeat the offensive."),
    ]),
    ("offensive-2024", "iran-fm-damascus", [
        ("Reuters", "2024-12-01T16:00", "Iran's foreign minister visits Damascus, pledges support for Assad",
         "Abbas Araqchi met Assad and said Tehran would stand by the Syrian government and army."),
        ("Al Jazeera", "2024-12-01T18:00", "Araghchi in Damascus as Iran backs al-Assad against rebels",
         "Iranian top diplomat travels to Syria and then Turkey amid the crisis."),
    ]),
    ("offensive-2024", "homs-falls", [
        ("Reuters", "2024-12-07T22:00", "Syrian rebels say they have captured Homs",
         "Insurgents said they had taken full control of the central city after government"
         " forces abandoned it overnight."),
        ("BBC", "2024-12-07T23:30", "Syria rebels claim to have seized key city of Homs",
         "The fall of Homs would cut Damascus off from the coast, Assad's heartland."),
        ("Al Jazeera", "2024-12-08T00:30", "Opposition forces enter Homs as army withdraws",
         "Residents celebrate in the streets of Syria's third-largest city."),
    ]),
    ("offensive-2024", "manbij-clashes", [
        ("Reuters", "2024-12-09T15:00", "Turkish-backed fighters seize Manbij from Kurdish-led SDF",
         "The Syrian National Army said it had taken the town east of Aleppo."),
        ("Al Jazeera", "2024-12-09T17:00", "Turkey-backed Syrian groups take Manbij from SDF fighters",
         "Clashes erupt in the north as Kurdish forces lose ground."),
    ]),
    ("coast-2025", "coast-ambush", [
        ("Reuters", "2025-03-06T20:00", "Assad loyalists ambush Syrian security forces near Jableh",
         "Gunmen loyal to the former regime killed at least 13 members of the security forces"
         " in coastal Latakia province."),
        ("Al Jazeera", "2025-03-06T21:30", "Syrian forces battle pro-Assad fighters in Latakia",
         "Curfew declared in Latakia and Tartus after deadly attacks on security patrols."),
    ]),
    ("coast-2025", "coast-inquiry", [
        ("Reuters", "2025-03-09T18:00", "Sharaa vows to hold accountable those who harmed civilians",
         "Syria's president announced an independent committee to investigate the coastal"
         " killings."),
        ("BBC", "2025-03-09T19:30", "Syria's president forms committee to investigate coast violence",
         "Ahmed al-Sharaa promises those responsible for the killing of civilians will be"
         " punished."),
    ]),
]

# ------------------------------------------------------------------ added for issue 16
# Parallel threads in the same weeks (a battle, a defection, diplomacy, a humanitarian story),
# one event in many words (epithets, transliterations, other verbs, other casualty figures,
# the official line against witnesses), and long threads whose words change.
SPLIT_OF_STORYLINE.update({
    "aleppo-2012": "tune",
    "annan-2012": "tune",
    "defections-2012": "tune",
    "zaatari-2012": "tune",
    "ghouta-2018": "tune",
    "madaya-2016": "check",
    "geneva-2016": "check",
    "kobani-2014": "check",
    "hasakah-prison-2022": "check",
})

EVENTS += [
    # ---------------------------------------------------------------- summer 2012 (tune)
    ("aleppo-2012", "rebels-enter-aleppo", [
        ("Reuters", "2012-07-20T17:00", "Fighting erupts in Aleppo as rebels push into Syria's biggest city",
         "Rebel fighters clashed with troops in several districts of Aleppo, residents said, as"
         " the revolt reached the commercial hub for the first time."),
        ("Al Jazeera", "2012-07-21T08:00", "Free Syrian Army says battle for Halab has begun",
         "Opposition fighters announced an offensive to 'liberate' the northern city, long"
         " considered loyal to the government."),
        ("BBC", "2012-07-21T10:30", "Syria conflict: Clashes reach Syria's commercial capital",
         "Activists say rebel units moved into the Salaheddine district of Aleppo; state media"
         " says troops are pursuing 'terrorist groups'."),
        ("Guardian", "2012-07-21T13:00", "Syrian rebels fight their way into Aleppo",
         "Witnesses describe gunfire and shelling in the south-west of the city as the uprising"
         " spreads north."),
    ]),
    ("aleppo-2012", "salaheddine-assault", [
        ("Reuters", "2012-08-08T12:00", "Syrian army launches ground assault on Aleppo's Salaheddine",
         "Tanks and troops moved into the rebel-held district after days of shelling, a rebel"
         " commander said."),
        ("AP", "2012-08-08T15:00", "Syrian troops storm rebel stronghold in Aleppo",
         "State TV said the army had 'cleansed' the Salahuddin neighbourhood; rebels said they"
         " were still fighting."),
        ("Al Jazeera", "2012-08-09T07:00", "Government forces retake Salahuddin district, Syrian TV says",
         "Rebels describe a 'tactical withdrawal' from the southwestern district of Aleppo after"
         " heavy bombardment."),
    ]),
    ("defections-2012", "hijab-defects", [
        ("Reuters", "2012-08-06T09:00", "Syrian prime minister Riad Hijab defects to opposition",
         "Hijab fled to Jordan with his family, a spokesman said, in the highest-level defection"
         " of the uprising."),
        ("BBC", "2012-08-06T10:15", "Syria PM Riad Hijab defects, says spokesman",
         "State TV said Hijab had been dismissed; his spokesman said he had joined 'the"
         " revolution'."),
        ("Guardian", "2012-08-06T12:40", "Syrian prime minister flees to Jordan",
         "Riyad Hijab's defection, two months after his appointment, is a blow to Assad."),
    ]),
    ("annan-2012", "annan-resigns", [
        ("Reuters", "2012-08-02T13:00", "Kofi Annan quits as Syria peace envoy",
         "The former UN chief said he could not continue without the backing of a divided"
         " Security Council."),
        ("BBC", "2012-08-02T14:10", "Kofi Annan resigns as UN-Arab League envoy to Syria",
         "Annan blamed 'finger-pointing and name-calling' at the UN for the failure of his"
         " six-point plan."),
        ("NYT", "2012-08-02T18:00", "Annan Steps Down as Mediator, Citing Lack of Support",
         "His departure leaves international diplomacy on the conflict in disarray."),
    ]),
    ("annan-2012", "brahimi-named", [
        ("Reuters", "2012-08-17T15:00", "Algeria's Brahimi named new international envoy on Syria",
         "Veteran diplomat Lakhdar Brahimi will replace Kofi Annan as UN-Arab League mediator."),
        ("Al Jazeera", "2012-08-17T17:30", "Lakhdar Brahimi to succeed Annan as peace mediator",
         "The UN confirmed the appointment of the former Algerian foreign minister."),
    ]),
    ("zaatari-2012", "zaatari-opens", [
        ("Reuters", "2012-07-29T16:00", "Jordan opens first camp for Syrian refugees",
         "The Zaatari camp near the border will house up to 120,000 people fleeing the violence,"
         " officials said."),
        ("Al Jazeera", "2012-07-30T09:00", "Refugees move into desert camp in northern Jordan",
         "Aid agencies say hundreds of families arrived at Zaatari on its first day amid"
         " dust storms."),
        ("Guardian", "2012-07-30T11:00", "Zaatari: Jordan's tent city for those fleeing Syria",
         "The UN refugee agency says more than 140,000 Syrians have fled to neighbouring"
         " countries."),
    ]),
    ("zaatari-2012", "refugees-200000", [
        ("Reuters", "2012-08-24T10:00", "Syrian refugees in neighbouring states top 200,000, UN says",
         "The UNHCR said the number fleeing to Jordan, Turkey, Lebanon and Iraq had jumped"
         " sharply in August."),
        ("BBC", "2012-08-24T12:00", "Syria refugee numbers surge past 200,000",
         "Some 30,000 people crossed the borders in one week, the UN refugee agency said."),
    ]),
    # ---------------------------------------------------------------- early 2018 (tune)
    ("ghouta-2018", "ghouta-bombardment", [
        ("Reuters", "2018-02-20T09:00", "Syrian government bombardment kills 100 in eastern Ghouta",
         "Air strikes and shelling on the rebel enclave near Damascus killed at least 100"
         " people on Monday, a war monitor said."),
        ("BBC", "2018-02-20T11:00", "Syria war: Deadliest day in Eastern Ghouta in three years",
         "At least 98 people were killed in the besieged area as pro-government forces stepped"
         " up their assault, monitors say."),
        ("Al Jazeera", "2018-02-20T14:00", "Dozens killed as Syrian jets pound rebel-held Ghouta",
         "Rescue workers said the death toll had risen to 127 and hospitals were overwhelmed."),
        ("Guardian", "2018-02-21T08:00", "'Hell on earth': 194 killed in two days of air raids on Ghouta",
         "Doctors in the enclave described a massacre; the government says it targets"
         " terrorists."),
    ]),
    ("ghouta-2018", "un-ghouta-truce", [
        ("Reuters", "2018-02-24T19:00", "UN Security Council demands 30-day ceasefire in Syria",
         "The council unanimously adopted a resolution after days of negotiation with Russia to"
         " allow aid and evacuations."),
        ("BBC", "2018-02-24T20:30", "Syria war: UN votes for month-long truce across the country",
         "The resolution comes as air strikes on eastern Ghouta continue."),
        ("AP", "2018-02-24T22:00", "UN unanimously backs Syria cease-fire after Russia delays vote",
         "Resolution 2401 calls for a humanitarian pause 'without delay'."),
    ]),
    ("ghouta-2018", "ghouta-split", [
        ("Reuters", "2018-03-11T10:00", "Syrian army splits eastern Ghouta enclave in three",
         "Government forces cut off Douma and Harasta from the rest of the rebel area after"
         " capturing Mesraba, a monitor said."),
        ("Al Jazeera", "2018-03-11T13:00", "Pro-government forces cut rebel-held Ghouta in two",
         "Troops linked up in the middle of the enclave, state media said, isolating its"
         " largest town."),
        ("AP", "2018-03-11T15:00", "Syrian troops encircle Douma, divide besieged enclave",
         "Rebels said fierce fighting continued around Mesraba despite the advance."),
    ]),
    ("ghouta-2018", "ghouta-exodus", [
        ("Reuters", "2018-03-15T12:00", "Thousands flee eastern Ghouta as army advances",
         "Civilians streamed out of Hamouriyeh through a corridor opened by the army, state TV"
         " showed."),
        ("BBC", "2018-03-15T15:00", "Eastern Ghouta: Exodus as 12,000 escape besieged enclave",
         "A monitoring group said tens of thousands had left in the biggest exodus of the war."),
        ("Guardian", "2018-03-15T18:00", "Civilians pour out of Ghouta as Assad's forces close in",
         "Families carrying belongings walked to government checkpoints."),
    ]),
    ("turkey-north", "olive-branch-launched", [
        ("Reuters", "2018-01-20T15:00", "Turkey launches air and ground operation against Kurdish YPG in Afrin",
         "Turkish jets struck targets in the Kurdish-held enclave in what Ankara called"
         " Operation Olive Branch."),
        ("BBC", "2018-01-20T17:00", "Turkey begins 'Olive Branch' offensive on Syrian Kurds",
         "Turkey's military says it has hit YPG positions in Afrin; the Kurds say civilians"
         " were killed."),
        ("Al Jazeera", "2018-01-21T08:00", "Turkish troops cross into northern Syria's Afrin region",
         "Erdogan says the operation will be completed 'in a very short time'."),
    ]),
    ("islamic-state", "raqqa-battle-begins", [
        ("Reuters", "2017-06-06T08:00", "US-backed forces launch assault on Islamic State's Raqqa",
         "The SDF said it had begun the 'great battle' for the city the jihadists call their"
         " capital."),
        ("BBC", "2017-06-06T10:00", "Battle for Raqqa: Kurdish-Arab fighters storm IS stronghold",
         "The Syrian Democratic Forces entered the eastern edge of the group's de facto"
         " capital."),
        ("Al Jazeera", "2017-06-06T12:00", "SDF enters ISIL's self-declared capital",
         "Coalition air strikes backed the advance into al-Mashlab district."),
    ]),
    # ---------------------------------------------------------------- early 2016 (check)
    ("madaya-2016", "madaya-starvation", [
        ("BBC", "2016-01-07T12:00", "Syria conflict: Residents of besieged Madaya starving",
         "Activists say people are eating leaves and grass in the town near the Lebanese border,"
         " besieged by government forces and Hezbollah."),
        ("Al Jazeera", "2016-01-07T15:00", "Starvation stalks besieged Syrian town of Madaya",
         "Doctors say at least 23 people have died of hunger since December."),
        ("Guardian", "2016-01-08T09:00", "Madaya: pictures of starving children shock the world",
         "The UN says it has credible reports of people dying of starvation in the town."),
    ]),
    ("madaya-2016", "madaya-convoy", [
        ("Reuters", "2016-01-11T18:00", "Aid convoys enter besieged Syrian town of Madaya",
         "Trucks carrying food and medicine reached the town after the government agreed to"
         " allow access."),
        ("BBC", "2016-01-11T19:30", "Madaya: First aid lorries reach starving Syrian town",
         "Simultaneous deliveries went to Foah and Kefraya, two villages besieged by rebels."),
        ("AP", "2016-01-11T21:00", "Food reaches starving Syrians in Madaya after months",
         "Aid workers described skeletal residents; the Red Cross said it was not enough."),
    ]),
    ("geneva-2016", "geneva-talks-open", [
        ("Reuters", "2016-01-29T17:00", "Syria peace talks open in Geneva without opposition",
         "UN envoy Staffan de Mistura met the government delegation as the main opposition bloc"
         " stayed away."),
        ("BBC", "2016-01-29T18:30", "Syria conflict: Geneva talks begin amid boycott threat",
         "The opposition High Negotiations Committee says it wants a halt to bombing first."),
        ("Al Jazeera", "2016-01-30T10:00", "Opposition delegation heads to Geneva for UN-led negotiations",
         "The HNC said it would attend but not negotiate until sieges were lifted."),
    ]),
    ("geneva-2016", "geneva-suspended", [
        ("Reuters", "2016-02-03T17:00", "UN pauses Syria peace talks until February 25",
         "De Mistura said the talks needed 'more work' as an army offensive north of Aleppo"
         " undermined them."),
        ("BBC", "2016-02-03T18:15", "Syria conflict: UN envoy suspends Geneva peace talks",
         "The opposition had threatened to walk out over Russian bombing."),
        ("Guardian", "2016-02-03T19:00", "Syria peace talks put on hold as regime advances",
         "The UN's Staffan de Mistura announced a 'temporary pause' in negotiations."),
    ]),
    ("russia-aleppo-2016", "aleppo-supply-cut", [
        ("Reuters", "2016-02-03T10:00", "Syrian army breaks rebel siege of Nubl and Zahraa",
         "Government forces backed by Russian air strikes cut the main rebel supply route from"
         " Turkey to Aleppo, state media said."),
        ("Al Jazeera", "2016-02-03T14:00", "Government forces cut opposition supply line north of Aleppo",
         "Pro-government fighters reached the two Shia villages after days of heavy Russian"
         " bombardment."),
        ("AP", "2016-02-04T08:00", "Syrian troops sever key route into rebel-held Aleppo",
         "Opposition activists said the advance left eastern Aleppo nearly encircled."),
    ]),
    ("russia-aleppo-2016", "border-exodus", [
        ("Reuters", "2016-02-05T12:00", "Tens of thousands flee Aleppo offensive to Turkish border",
         "Up to 40,000 people massed at the Bab al-Salam crossing as Turkey kept its border"
         " closed, officials said."),
        ("BBC", "2016-02-06T09:00", "Syria conflict: Thousands stranded at Turkey border after Aleppo assault",
         "Aid agencies say 35,000 people have fled air strikes north of Aleppo."),
        ("Al Jazeera", "2016-02-06T11:00", "Fleeing Syrians gather at Oncupinar crossing",
         "Turkey says it will keep its 'open-door policy' but is sending aid across instead."),
    ]),
    # ---------------------------------------------------------------- autumn 2014 (check)
    ("kobani-2014", "is-besieges-kobani", [
        ("Reuters", "2014-09-20T10:00", "Tens of thousands of Syrian Kurds flee into Turkey",
         "Islamic State fighters advanced on the border town of Kobani, seizing dozens of"
         " villages, a monitor said."),
        ("BBC", "2014-09-20T13:00", "Syrian Kurds flee IS advance on Kobane",
         "Turkey opened its border after 60,000 people gathered fleeing the militants."),
        ("Al Jazeera", "2014-09-21T08:00", "ISIL closes in on Ain al-Arab as Kurds flee",
         "Kurdish fighters say they are outgunned around the town known in Kurdish as Kobani;"
         " the UN puts the number fleeing at 130,000."),
    ]),
    ("kobani-2014", "kobani-street-fighting", [
        ("Reuters", "2014-10-06T16:00", "Islamic State raises flag on eastern edge of Kobani",
         "Militants planted their black flag on a building after pushing into the town,"
         " witnesses across the border said."),
        ("BBC", "2014-10-06T18:00", "Battle for Kobane: IS fighters enter Syrian border town",
         "Kurdish defenders say they are fighting street by street."),
        ("Guardian", "2014-10-07T08:00", "Kobani: Isis pushes into Kurdish town as Turkey watches",
         "Turkish tanks sat on a hill overlooking the town and did not intervene."),
    ]),
    ("kobani-2014", "kobani-airdrops", [
        ("Reuters", "2014-10-20T06:00", "U.S. airdrops weapons to Kurdish fighters in Kobani",
         "C-130 aircraft dropped arms, ammunition and medical supplies provided by Iraqi Kurdish"
         " authorities."),
        ("AP", "2014-10-20T09:00", "US drops arms to Kurds defending Kobani from Islamic State",
         "Turkey said it would let Iraqi peshmerga cross to reinforce the town."),
        ("Al Jazeera", "2014-10-20T11:00", "US-led coalition resupplies Kurds in Ain al-Arab",
         "The airdrops mark a shift after weeks of Turkish objections."),
    ]),
    # ---------------------------------------------------------------- January 2022 (check)
    ("hasakah-prison-2022", "ghwayran-attack", [
        ("Reuters", "2022-01-21T12:00", "Islamic State attacks Syrian prison to free fighters",
         "Dozens of militants stormed Ghwayran prison in Hasakah, which holds thousands of"
         " suspected IS members, the SDF said."),
        ("BBC", "2022-01-21T15:00", "IS militants storm jail in north-east Syria",
         "Kurdish-led forces say fighting continues around al-Sinaa prison in Hasaka."),
        ("Al Jazeera", "2022-01-22T09:00", "Deadly ISIL assault on Kurdish-run jail in Hasakah",
         "A car bomb hit the gate before gunmen attacked; dozens of inmates are said to have"
         " escaped."),
    ]),
    ("hasakah-prison-2022", "ghwayran-retaken", [
        ("Reuters", "2022-01-26T14:00", "Kurdish-led forces retake Syrian prison from Islamic State",
         "The SDF said it had regained full control of the facility after six days of"
         " fighting; more than 200 people were killed."),
        ("AP", "2022-01-26T16:00", "US-backed Syrian Kurds say prison siege is over",
         "Hundreds of IS fighters surrendered as US air strikes supported the assault."),
        ("Al Jazeera", "2022-01-27T08:00", "SDF declares end of ISIL jailbreak battle in Hasakah",
         "Aid groups voiced concern for hundreds of boys held in the prison."),
    ]),
]

# Analysis pieces on the new threads (their own stories, linked to the thread).
EVENTS += [
    ("aleppo-2012", "aleppo-2012-commentary", [
        ("Guardian", "2012-07-28T08:00", "The battle for Aleppo could decide Syria's fate",
         "Whoever holds the north's great city holds the key to the war.", "opinion"),
    ]),
    ("ghouta-2018", "ghouta-commentary", [
        ("Al Jazeera", "2018-02-26T09:00", "Why the UN truce will not save Eastern Ghouta",
         "Resolution 2401 has no enforcement mechanism.", "opinion"),
    ]),
    ("geneva-2016", "geneva-commentary", [
        ("NYT", "2016-02-04T09:00", "Syria's Peace Talks Were Doomed From the Start",
         "The opposition came to Geneva without leverage.", "analysis"),
    ]),
    ("kobani-2014", "kobani-commentary", [
        ("CNN", "2014-10-08T10:00", "Analysis: Why Turkey won't save Kobani",
         "Ankara fears the Kurdish fighters more than it fears ISIS.", "analysis"),
    ]),
]

# July 2025 (tune): a long thread whose words change (Sweida), beside a disaster and an
# economic-diplomacy thread of the same weeks.
SPLIT_OF_STORYLINE.update({"wildfires-2025": "tune", "economy-2025": "tune"})
EVENTS += [
    ("sweida-2025", "sweida-troops-withdraw", [
        ("Reuters", "2025-07-17T06:00", "Syrian troops withdraw from Sweida under truce with Druze leaders",
         "Government forces began pulling out of the southern city after a ceasefire deal, the"
         " interior ministry said."),
        ("Al Jazeera", "2025-07-17T09:00", "Government forces pull out of Suwayda as ceasefire takes hold",
         "Druze factions and clerics will take charge of security inside the city under the"
         " agreement."),
        ("BBC", "2025-07-17T11:00", "Syria's president says Druze will keep order in Sweida",
         "In a televised speech Ahmed al-Sharaa said the state had chosen to avoid open war"
         " with Israel."),
    ]),
    ("sweida-2025", "bedouin-mobilise", [
        ("Reuters", "2025-07-18T14:00", "Bedouin tribes mass near Sweida as fighting flares again",
         "Tribal fighters from across Syria converged on the Druze-majority province, vowing"
         " revenge for attacks on Bedouin families."),
        ("AP", "2025-07-18T17:00", "Tribal gunmen converge on Druze city after troops leave",
         "Residents reported clashes on the western edge of Suwayda as Bedouin clans"
         " mobilised."),
        ("Al Jazeera", "2025-07-19T07:00", "Clan fighters pour into southern Syria amid renewed clashes",
         "Thousands of tribesmen answered calls to support Bedouin communities under attack."),
    ]),
    ("sweida-2025", "sweida-ceasefire-declared", [
        ("Reuters", "2025-07-19T12:00", "Syria declares immediate ceasefire in Sweida, redeploys forces",
         "The presidency announced a halt to fighting and said security forces would separate"
         " tribal and Druze fighters."),
        ("BBC", "2025-07-19T14:00", "US envoy says Israel and Syria agreed to a ceasefire",
         "Tom Barrack said the deal, backed by Turkey and Jordan, would let Syrian troops"
         " return to Sweida province."),
        ("Al Jazeera", "2025-07-19T16:00", "Tribal fighters told to withdraw as truce announced in Suwayda",
         "Interior ministry units deployed at the edges of the province to enforce the"
         " ceasefire."),
    ]),
    ("sweida-2025", "sweida-toll", [
        ("Reuters", "2025-07-20T10:00", "Death toll in Sweida violence tops 1,000, monitor says",
         "The Syrian Observatory said at least 1,120 people were killed in a week of fighting,"
         " many of them civilians."),
        ("AP", "2025-07-20T13:00", "Week of sectarian bloodshed in southern Syria left more than 1,100 dead",
         "Witnesses described summary executions in homes; the government promised"
         " investigations."),
        ("Al Jazeera", "2025-07-20T15:00", "Suwayda counts its dead as calm returns",
         "Hospitals in the Druze city say bodies are still being recovered from the streets."),
    ]),
    ("sweida-2025", "bedouin-evacuated", [
        ("Reuters", "2025-07-21T11:00", "Buses evacuate Bedouin families from Sweida under truce",
         "Hundreds of Bedouin civilians left the province in a convoy organised by the"
         " government and the Red Crescent."),
        ("BBC", "2025-07-21T14:00", "Bedouin civilians leave Druze-majority province",
         "The evacuation is part of the ceasefire that ended a week of clashes."),
    ]),
    ("wildfires-2025", "wildfires-rage", [
        ("Reuters", "2025-07-05T12:00", "Wildfires rage in Syria's Latakia countryside",
         "Strong winds fanned forest fires in the mountains near the Turkish border, the"
         " civil defence said."),
        ("Al Jazeera", "2025-07-06T09:00", "Firefighters battle forest blazes in northwest Syria",
         "Thousands of hectares have burned and villagers have fled their homes."),
        ("AP", "2025-07-06T12:00", "Syria asks for help as fires spread through coastal forests",
         "Jordan and Turkey sent firefighting crews and aircraft; landmines slowed the"
         " response."),
    ]),
    ("wildfires-2025", "wildfires-contained", [
        ("Reuters", "2025-07-12T10:00", "Syria says Latakia wildfires contained after 10 days",
         "The emergency minister said crews had brought the last fronts under control."),
        ("Al Jazeera", "2025-07-12T13:00", "Civil defence brings coastal forest fires under control",
         "Officials said more than 15,000 hectares of forest were destroyed."),
    ]),
    ("economy-2025", "saudi-investment-forum", [
        ("Reuters", "2025-07-24T12:00", "Saudi Arabia and Syria sign $6.4 billion in investment deals",
         "Agreements signed at a forum in Damascus cover real estate, infrastructure, telecoms"
         " and energy."),
        ("Al Jazeera", "2025-07-24T15:00", "Saudi delegation in Damascus for investment forum",
         "Some 130 Saudi companies attended, the economy ministry said."),
        ("AP", "2025-07-24T17:00", "Riyadh pledges billions to rebuild Syria's economy",
         "The Saudi investment minister said dozens of agreements were signed."),
    ]),
]

# Early 2018 (tune): the Afrin operation as a long thread of different acts and reactions,
# running beside the Eastern Ghouta thread.
EVENTS += [
    ("turkey-north", "turkish-soldiers-afrin", [
        ("Reuters", "2018-02-03T18:00", "Seven Turkish soldiers killed in single day of Afrin operation",
         "A tank was hit by Kurdish YPG fighters, the Turkish military said, the deadliest day"
         " since the offensive began."),
        ("Al Jazeera", "2018-02-04T08:00", "Erdogan vows YPG will 'pay the price' after troops killed",
         "Turkey's president said the campaign in northwest Syria would continue."),
    ]),
    ("turkey-north", "tillerson-ankara", [
        ("Reuters", "2018-02-16T12:00", "U.S. and Turkey agree to work together in Syria after Tillerson visit",
         "The NATO allies set up working groups to ease tensions over US support for Kurdish"
         " fighters and Turkey's Afrin offensive."),
        ("BBC", "2018-02-16T14:00", "Tillerson in Ankara as US-Turkey rift deepens over Kurds",
         "Washington urged restraint in the offensive on Afrin."),
    ]),
    ("turkey-north", "pro-government-militia-afrin", [
        ("Reuters", "2018-02-20T16:00", "Pro-Syrian government forces enter Afrin to help Kurds",
         "Turkish artillery shelled the convoy of militiamen as they arrived, state media"
         " said."),
        ("AP", "2018-02-20T18:00", "Assad-backed militiamen deploy to Kurdish enclave facing Turkey",
         "The YPG had called on Damascus to protect the border; Ankara warned of"
         " consequences."),
    ]),
    ("turkey-north", "afrin-encircled", [
        ("Reuters", "2018-03-13T10:00", "Turkish forces encircle Syria's Afrin city, army says",
         "Turkey and allied Syrian rebels surrounded the town and cut off its water supply,"
         " Kurdish officials said."),
        ("Al Jazeera", "2018-03-13T12:00", "Afrin under siege as Turkish-led troops close in",
         "Tens of thousands of civilians are trapped, the Kurdish administration says."),
    ]),
    ("turkey-north", "afrin-looting", [
        ("Reuters", "2018-03-19T12:00", "Turkey-backed fighters loot Afrin after taking city",
         "Rebels broke into shops and homes and toppled a statue of a Kurdish hero, witnesses"
         " said."),
        ("BBC", "2018-03-19T15:00", "Afrin: Looting after Turkish-led forces seize Kurdish town",
         "Turkey's deputy prime minister said the looting would be investigated."),
    ]),
]

# Spring 2015 (tune): an offensive that takes one town after another in other words each time,
# beside the Islamic State's Palmyra thread and a humanitarian thread in Damascus.
SPLIT_OF_STORYLINE.update({"idlib-2015": "tune", "yarmouk-2015": "tune"})
EVENTS += [
    ("idlib-2015", "idlib-city-falls", [
        ("Reuters", "2015-03-28T14:00", "Islamist rebels capture Syria's Idlib city",
         "An alliance including al Qaeda's Nusra Front took the northwestern provincial capital"
         " after days of fighting, a monitor said."),
        ("Al Jazeera", "2015-03-28T16:00", "Jaish al-Fatah coalition seizes Idleb from government",
         "The Army of Conquest says it controls the city, the second provincial capital lost"
         " by Damascus."),
        ("BBC", "2015-03-28T18:00", "Syria conflict: Rebels take control of Idlib",
         "State TV said troops had redeployed to positions around the city."),
    ]),
    ("idlib-2015", "jisr-shughur-falls", [
        ("Reuters", "2015-04-25T13:00", "Syrian insurgents seize strategic town of Jisr al-Shughur",
         "The Nusra-led alliance overran the town on the road to Latakia, the Assad family's"
         " heartland."),
        ("AP", "2015-04-25T16:00", "Rebels overrun government-held town in northwest Syria",
         "Army of Conquest fighters drove troops from Jisr al-Shughour after a four-day"
         " assault."),
        ("Al Jazeera", "2015-04-26T08:00", "Government forces retreat from Jisr al-Shughour",
         "Syrian TV said soldiers had pulled back to avoid civilian casualties."),
    ]),
    ("idlib-2015", "ariha-falls", [
        ("Reuters", "2015-05-28T15:00", "Rebels drive army from Ariha, its last town in Idlib province",
         "Government forces withdrew within hours as the insurgent alliance attacked, leaving"
         " almost all of the province in rebel hands."),
        ("BBC", "2015-05-29T09:00", "Syria rebels take Ariha as Assad loses grip on north-west",
         "Jaish al-Fatah fighters entered the town after troops fled."),
    ]),
    ("yarmouk-2015", "yarmouk-is-incursion", [
        ("Reuters", "2015-04-01T18:00", "Islamic State fighters overrun most of Yarmouk camp in Damascus",
         "The militants stormed the Palestinian refugee camp on the southern edge of the"
         " capital, residents said."),
        ("Al Jazeera", "2015-04-02T09:00", "ISIL militants enter Palestinian camp near the Syrian capital",
         "Palestinian factions fought the group street by street in Yarmouk."),
        ("BBC", "2015-04-02T12:00", "IS seizes large parts of Yarmouk refugee camp",
         "About 18,000 civilians are trapped inside, the UN says."),
    ]),
    ("yarmouk-2015", "yarmouk-un-warning", [
        ("Reuters", "2015-04-09T20:00", "UN chief says Yarmouk is 'deepest circle of hell'",
         "Ban Ki-moon called for humanitarian access to the camp's trapped residents."),
        ("Guardian", "2015-04-09T21:00", "Yarmouk 'beyond inhumane', says UN as residents starve",
         "Aid agencies have been unable to deliver food or water for days."),
    ]),
]

# Early 2025 (tune): the transition as a thread whose words change (presidency, dialogue,
# constitution, cabinet), beside the new president's first trips abroad (diplomacy).
EVENTS += [
    ("transition-2025", "national-dialogue", [
        ("Reuters", "2025-02-25T12:00", "Syria holds national dialogue conference to chart transition",
         "Hundreds of delegates met in Damascus to discuss a constitution, justice and the"
         " future of armed groups."),
        ("Al Jazeera", "2025-02-25T15:00", "Syrians gather in Damascus for landmark dialogue on the country's future",
         "The interim president said weapons must be in the hands of the state alone."),
        ("AP", "2025-02-25T18:00", "Dialogue conference calls for interim constitution and army monopoly on arms",
         "The Kurdish-led administration was not invited, organisers said."),
    ]),
    ("transition-2025", "transitional-government", [
        ("Reuters", "2025-03-29T22:00", "Sharaa announces new transitional government",
         "The 23-member cabinet includes an Alawite, a Druze, a Kurd and a Christian woman."),
        ("BBC", "2025-03-30T09:00", "Syria's interim leader unveils cabinet to run the transition",
         "Foreign minister Asaad al-Shaibani and defence minister Murhaf Abu Qasra keep their posts."),
        ("Al Jazeera", "2025-03-30T11:00", "New Syrian ministers sworn in at presidential palace",
         "The government replaces the caretaker cabinet appointed after the fall of the regime."),
    ]),
    ("diplomacy-2025", "sharaa-riyadh", [
        ("Reuters", "2025-02-02T14:00", "Sharaa makes first foreign trip as president to Saudi Arabia",
         "Syria's new leader met Crown Prince Mohammed bin Salman in Riyadh."),
        ("Al Jazeera", "2025-02-02T17:00", "Syria's interim leader meets Saudi crown prince in Riyadh",
         "The talks covered reconstruction aid and lifting sanctions, officials said."),
    ]),
    ("diplomacy-2025", "sharaa-ankara", [
        ("Reuters", "2025-02-04T13:00", "Erdogan hosts Syria's Sharaa in Ankara, discusses defence pact",
         "Turkey offered to help train the new Syrian army and fight Islamic State."),
        ("BBC", "2025-02-04T16:00", "Turkey and Syria leaders talk security and Kurdish fighters",
         "Erdogan said the two countries would work together against 'terrorist' groups."),
    ]),
]

# Analysis pieces whose only cue is the headline's or summary's shape (unseen outlets often
# mark commentary no other way).
EVENTS += [
    ("idlib-2015", "idlib-2015-commentary", [
        ("Guardian", "2015-04-27T08:00", "Why the fall of Jisr al-Shughur matters for Assad",
         "The loss opens the road to the coastal heartland of the regime.", "analysis"),
    ]),
    ("ghouta-2018", "ghouta-explainer", [
        ("BBC", "2018-03-02T08:00", "How eastern Ghouta became a death trap",
         "The enclave has been besieged since 2013, leaving 400,000 people cut off.", "analysis"),
    ]),
    ("kobani-2014", "kobani-explainer", [
        ("Guardian", "2014-10-09T08:00", "How Kobani became a symbol for the Kurds",
         "The border town's defence has drawn volunteers from across the region.", "analysis"),
    ]),
    ("geneva-2016", "geneva-podcast", [
        ("NPR", "2016-02-05T09:00", "In Geneva, a peace process with no peace to keep",
         "In this episode, our correspondent looks at why the talks stalled.", "analysis"),
    ]),
]

# Broad threads whose words change over weeks (an offensive, a siege broken, a river crossed,
# a city retaken, a border town won and lost), each beside parallel threads of the same weeks.
# Tune: the 2017 Deir ez-Zor campaign beside the Idlib de-escalation deal and Raqqa's fall;
# the 2019 Idlib offensive beside al-Hol camp and the US-Turkey safe-zone talks.
SPLIT_OF_STORYLINE.update({"deir-ezzor-2017": "tune", "idlib-deescalation-2017": "tune",
                           "idlib-2019": "tune", "al-hol-2019": "tune",
                           "euphrates-shield-2016": "check"})
EVENTS += [
    ("deir-ezzor-2017", "deir-ezzor-siege-broken", [
        ("Reuters", "2017-09-05T14:00", "Syrian army breaks Islamic State siege of Deir al-Zor",
         "Government forces and their allies reached the enclave held by troops in the eastern"
         " city, ending a blockade of nearly three years."),
        ("BBC", "2017-09-05T16:30", "Syria war: Army breaks IS siege of Deir al-Zour",
         "Troops linked up with the garrison that has been surrounded by jihadists since 2014;"
         " Assad congratulated the commanders."),
        ("Al Jazeera", "2017-09-05T18:00", "Assad forces reach besieged Deir Az Zor garrison",
         "Residents celebrated in the streets as a column arrived from the desert west of the"
         " city, state television showed."),
    ]),
    ("deir-ezzor-2017", "deir-ezzor-airport-link", [
        ("Reuters", "2017-09-09T12:00", "Syrian army links up with Deir al-Zor air base",
         "Troops broke the siege of the military airport south of the city, backed by Russian"
         " air strikes, state media said."),
        ("AP", "2017-09-09T15:00", "Syrian troops reach air base in eastern city of Deir el-Zour",
         "The advance gives the government a second corridor into the provincial capital."),
    ]),
    ("deir-ezzor-2017", "sdf-jazira-storm", [
        ("Reuters", "2017-09-09T18:00", "U.S.-backed SDF launches assault east of Euphrates in Deir al-Zor",
         "The Syrian Democratic Forces said the operation, named Jazira Storm, would drive"
         " Islamic State from the province's countryside east of the river."),
        ("Al Jazeera", "2017-09-10T09:00", "SDF races government troops for Deir Az Zor province",
         "Kurdish-led fighters advanced from Hasakah towards the industrial zone across the"
         " river from the city."),
    ]),
    ("deir-ezzor-2017", "army-crosses-euphrates", [
        ("Reuters", "2017-09-18T11:00", "Syrian army crosses Euphrates in Deir al-Zor, Russia says",
         "Troops crossed the river on pontoon bridges with Russian military engineers, putting"
         " them close to the U.S.-backed fighters on the eastern bank."),
        ("BBC", "2017-09-18T14:00", "Syrian forces cross to eastern bank of Euphrates river",
         "The move raises the risk of a clash with Kurdish-led SDF fighters advancing in the"
         " same area, analysts say."),
    ]),
    ("deir-ezzor-2017", "deir-ezzor-city-retaken", [
        ("Reuters", "2017-11-03T10:00", "Syrian army declares victory over Islamic State in Deir al-Zor",
         "The army said it had taken full control of the city after weeks of street fighting"
         " in its last districts."),
        ("Al Jazeera", "2017-11-03T13:00", "Syrian government retakes Deir Az Zor from ISIL",
         "State television showed troops in the ruined city centre along the river."),
        ("AP", "2017-11-03T15:00", "Syrian troops drive IS out of eastern city of Deir el-Zour",
         "The military said engineers were clearing mines and booby traps left behind."),
    ]),
    ("deir-ezzor-2017", "albu-kamal-seized", [
        ("Reuters", "2017-11-08T16:00", "Syrian army and allies take Albu Kamal, Islamic State's last Syrian town",
         "Troops and Iran-backed militias entered the border town on the Euphrates, the"
         " militant group's final urban stronghold in Syria."),
        ("BBC", "2017-11-09T09:00", "Syria war: Army says it has captured Abu Kamal from IS",
         "The town near the Iraqi border was the jihadists' last significant base in the"
         " country, the military said."),
    ]),
    ("deir-ezzor-2017", "albu-kamal-lost", [
        ("Reuters", "2017-11-11T12:00", "Islamic State retakes most of Albu Kamal in counter-attack",
         "Militants using suicide car bombs pushed pro-government forces from much of the"
         " border town, a monitor said."),
        ("Al Jazeera", "2017-11-12T08:00", "ISIL fighters regain control of Boukamal",
         "Fighting continued on the town's edges, days after Damascus announced its capture."),
    ]),
    ("deir-ezzor-2017", "albu-kamal-recaptured", [
        ("AP", "2017-11-19T14:00", "Syrian troops recapture Boukamal after IS counter-attack",
         "Government forces with Hezbollah fighters retook the border town, state media said."),
        ("Reuters", "2017-11-19T17:00", "Syrian army back in full control of Albu Kamal",
         "The army said it had driven Islamic State from the Euphrates town for the second"
         " time in two weeks."),
    ]),
    ("idlib-deescalation-2017", "astana-idlib-zone", [
        ("Reuters", "2017-09-15T15:00", "Russia, Iran and Turkey agree to deploy monitors in Idlib",
         "The three powers said in Astana they would police a de-escalation zone in the"
         " northwestern province for six months."),
        ("Al Jazeera", "2017-09-15T17:00", "Astana talks: deal on Idlib de-escalation zone",
         "Observers from the three guarantor countries will be stationed along the zone's"
         " edges, Kazakhstan's foreign minister said."),
    ]),
    ("idlib-deescalation-2017", "turkish-troops-enter-idlib", [
        ("Reuters", "2017-10-13T09:00", "Turkish army convoy enters Syria's Idlib province",
         "Turkish troops crossed the border to set up observation posts under the Astana"
         " agreement, rebels said."),
        ("BBC", "2017-10-13T12:00", "Turkish troops begin Idlib observation mission",
         "Erdogan said the deployment would also keep Kurdish forces in Afrin in check."),
        ("AP", "2017-10-13T14:00", "Turkey sends troops to monitor truce in northwest Syria",
         "The convoy was escorted by fighters of Hayat Tahrir al-Sham, witnesses said."),
    ]),
    # -------------------------------------------------------- Idlib offensive 2019 (tune)
    ("idlib-2019", "idlib-2019-offensive-begins", [
        ("Reuters", "2019-05-06T12:00", "Syrian army launches ground offensive on rebel-held northwest",
         "Troops backed by Russian jets advanced into northern Hama on the edge of the Idlib"
         " de-escalation zone, rebels said."),
        ("Al Jazeera", "2019-05-06T15:00", "Assad forces push into Idlib's southern flank",
         "Weeks of air strikes on hospitals and towns preceded the ground assault, rescuers"
         " said."),
    ]),
    ("idlib-2019", "qalaat-al-madiq-captured", [
        ("Reuters", "2019-05-09T10:00", "Syrian army captures Qalaat al-Madiq in northern Hama",
         "The army took the hilltop town and Kafr Nabudah, its biggest gains against the rebels"
         " in the area in a year."),
        ("AP", "2019-05-09T13:00", "Syrian troops seize strategic town from insurgents",
         "State media said troops entered Qalaat al-Madiq after opposition fighters pulled out."),
    ]),
    ("idlib-2019", "idlib-hospitals-hit", [
        ("Guardian", "2019-05-28T09:00", "Hospitals bombed as assault on Idlib displaces 200,000",
         "Aid groups said at least 20 health facilities had been hit in Idlib and northern"
         " Hama since the start of the offensive."),
        ("BBC", "2019-05-28T12:00", "Idlib: UN warns of 'catastrophe' as air strikes hit clinics",
         "The UN said civilians were fleeing towards the Turkish border as the bombardment"
         " went on."),
    ]),
    ("idlib-2019", "khan-sheikhoun-2019-captured", [
        ("Reuters", "2019-08-21T10:00", "Syrian army enters Khan Sheikhoun as rebels withdraw",
         "The fall of the town on the Damascus-Aleppo highway was the biggest gain of the"
         " Russian-backed campaign, a monitor said."),
        ("Al Jazeera", "2019-08-21T13:00", "Syrian forces take control of Khan Shaykhun",
         "Rebels said they had redeployed south of the town to avoid being surrounded."),
        ("BBC", "2019-08-21T15:00", "Syria war: Government forces retake key town of Khan Sheikhoun",
         "The capture leaves a Turkish observation post at Morek encircled by troops."),
    ]),
    ("idlib-2019", "morek-post-encircled", [
        ("Reuters", "2019-08-23T12:00", "Turkey says it will not move Syria observation post at Morek",
         "Cavusoglu said Turkish troops would stay at the post now surrounded by Syrian"
         " government forces."),
        ("AP", "2019-08-23T14:00", "Turkey keeps troops at encircled post in northwest Syria",
         "Ankara said it was in contact with Moscow about the soldiers cut off at Morek."),
    ]),
    ("idlib-2019", "idlib-2019-ceasefire", [
        ("Reuters", "2019-08-31T09:00", "Russia announces unilateral ceasefire in Syria's Idlib",
         "The Russian military said Syrian forces would halt fire from Saturday morning after"
         " four months of fighting."),
        ("Al Jazeera", "2019-08-31T12:00", "Syrian army announces truce in Idlib",
         "The ceasefire came hours after US strikes on an al-Qaeda meeting north of Idlib"
         " city, activists said."),
    ]),
    ("al-hol-2019", "al-hol-overcrowded", [
        ("Reuters", "2019-05-16T10:00", "Al-Hol camp swells to 73,000 as families of IS fighters arrive",
         "The UN said children under five were dying on the way to the Kurdish-run camp in"
         " Hasakah province."),
        ("Guardian", "2019-05-16T14:00", "Children dying of malnutrition in Syrian camp for Isis families",
         "Aid agencies warned that the tents and water supply at al-Hol could not cope."),
    ]),
    ("al-hol-2019", "al-hol-repatriations", [
        ("Reuters", "2019-06-10T12:00", "France repatriates 12 orphans of jihadists from al-Hol",
         "The children were handed over by the Kurdish-led administration, the foreign"
         " ministry said."),
        ("BBC", "2019-06-10T15:00", "IS orphans brought home from Syria camp",
         "Several Western countries have begun case-by-case returns of children from the camp."),
    ]),
    ("al-hol-2019", "al-hol-unrest", [
        ("AP", "2019-07-24T10:00", "Women loyal to IS enforce rules inside Syrian camp",
         "Guards at al-Hol say supporters of the group attack other women in the foreigners'"
         " annex."),
        ("Al Jazeera", "2019-07-24T13:00", "ISIL ideology lives on in Syria's al-Hol camp",
         "Kurdish officials appealed for foreign governments to take back their citizens."),
    ]),
    ("turkey-north", "safe-zone-deal-2019", [
        ("Reuters", "2019-08-07T18:00", "U.S. and Turkey agree to set up joint operations centre for northeast Syria",
         "The deal, reached after Ankara threatened an incursion against the Kurdish YPG,"
         " would create a safe zone along the border."),
        ("Al Jazeera", "2019-08-08T08:00", "Turkey, US agree on 'safe zone' in Syria's northeast",
         "Details of the zone's depth and who would control it were not settled."),
    ]),
    ("turkey-north", "first-joint-patrol-2019", [
        ("Reuters", "2019-09-08T12:00", "Turkish and U.S. troops hold first joint patrol in northeast Syria",
         "Armoured vehicles of both armies crossed the border near Tel Abyad as Erdogan said"
         " the zone was too slow to take shape."),
        ("BBC", "2019-09-08T15:00", "US and Turkish forces begin joint patrols near Syrian border",
         "Kurdish-led SDF fighters have pulled back from some border positions under the deal."),
    ]),
]

# Check (written before any check result was read): the 2016 Aleppo autumn campaign, from the
# collapse of the September truce to the fall of the east, beside Turkey's Euphrates Shield.
EVENTS += [
    ("russia-aleppo-2016", "aleppo-aid-convoy-hit", [
        ("Reuters", "2016-09-20T08:00", "U.N. suspends aid after convoy hit near Aleppo",
         "Air strikes destroyed trucks of the Syrian Arab Red Crescent at Urum al-Kubra,"
         " killing about 20 people, as the week-old truce collapsed."),
        ("BBC", "2016-09-20T11:00", "Syria conflict: UN halts aid convoys after deadly attack",
         "The US blamed Russia for the strike on the convoy west of Aleppo; Moscow denied it."),
        ("Guardian", "2016-09-20T13:00", "Aid convoy attack ends Syria ceasefire",
         "Warehouses and lorries burned through the night, rescuers said."),
    ]),
    ("russia-aleppo-2016", "aleppo-offensive-announced", [
        ("Reuters", "2016-09-22T20:00", "Syrian army announces offensive on rebel-held eastern Aleppo",
         "The army told residents to stay away from rebel positions as the heaviest air"
         " strikes in months hit the besieged districts."),
        ("Al Jazeera", "2016-09-23T10:00", "Bunker-buster bombs pound east Aleppo",
         "Rescuers said entire buildings collapsed on basements where families sheltered."),
    ]),
    ("russia-aleppo-2016", "hanano-falls", [
        ("Reuters", "2016-11-27T12:00", "Syrian army takes Hanano, first district of rebel-held Aleppo to fall",
         "Thousands of residents fled as the army and its allies broke into the northeast"
         " of the besieged enclave."),
        ("BBC", "2016-11-27T15:00", "Aleppo: Government forces seize key rebel district",
         "The capture of Masaken Hanano is the biggest loss for the rebels in the city since"
         " 2012."),
    ]),
    ("russia-aleppo-2016", "aleppo-north-collapse", [
        ("Reuters", "2016-11-28T16:00", "Rebels lose northern half of besieged Aleppo",
         "Opposition fighters withdrew from Sakhour and other districts, leaving the army"
         " in control of a third of the east."),
        ("Guardian", "2016-11-29T08:00", "Thousands flee as eastern Aleppo defences crumble",
         "Families walked through the night towards government lines and Kurdish-held"
         " Sheikh Maqsoud."),
    ]),
    ("russia-aleppo-2016", "old-city-retaken", [
        ("Reuters", "2016-12-07T14:00", "Syrian army retakes Aleppo's Old City as rebels retreat",
         "Rebels called for an immediate five-day truce after losing three quarters of the"
         " east."),
        ("Al Jazeera", "2016-12-07T17:00", "Aleppo rebels propose truce as Old City falls",
         "The army captured the historic quarter around the citadel, state media said."),
    ]),
    ("euphrates-shield-2016", "jarablus-incursion", [
        ("Reuters", "2016-08-24T09:00", "Turkish tanks cross into Syria to drive Islamic State from Jarablus",
         "Turkey launched its first major ground incursion into Syria with Syrian rebels,"
         " backed by U.S.-led air strikes."),
        ("BBC", "2016-08-24T12:00", "Turkey begins Euphrates Shield operation in Syria",
         "Ankara said the offensive also aimed to stop Kurdish YPG fighters taking the border"
         " town."),
    ]),
    ("euphrates-shield-2016", "dabiq-taken", [
        ("Reuters", "2016-10-16T12:00", "Turkey-backed rebels take Dabiq from Islamic State",
         "The village has symbolic importance for the militants' prophecy of a final battle."),
        ("Al Jazeera", "2016-10-16T15:00", "Syrian rebels capture ISIL-held Dabiq",
         "Fighters of the Euphrates Shield operation said resistance was lighter than expected."),
    ]),
    ("euphrates-shield-2016", "al-bab-battle", [
        ("Reuters", "2016-12-21T12:00", "Turkey suffers heaviest losses in Syria battle for al-Bab",
         "Fourteen Turkish soldiers were killed in clashes with Islamic State around the town,"
         " the army said."),
        ("BBC", "2016-12-21T15:00", "Turkish troops killed in fight for IS-held town of al-Bab",
         "Erdogan said the operation would continue until al-Bab was taken."),
    ]),
]

# Tune: the middle of two fast-moving threads, so a thread's developments within weeks (a town
# taken, an oil field seized, a border town falling, a deal with Damascus) sit between its start
# and end, beside Raqqa's fall and the Baghdadi raid of the same weeks.
EVENTS += [
    ("deir-ezzor-2017", "mayadin-retaken", [
        ("Reuters", "2017-10-14T11:00", "Syrian army takes Mayadin from Islamic State",
         "Troops and allied militias captured the town on the Euphrates southeast of Deir"
         " al-Zor, a stronghold the militants had held for three years."),
        ("AP", "2017-10-14T14:00", "Syrian troops capture IS-held town of Mayadeen",
         "State media said engineers were dismantling explosives left in the streets."),
    ]),
    ("deir-ezzor-2017", "omar-oilfield-seized", [
        ("Reuters", "2017-10-22T10:00", "U.S.-backed SDF captures Syria's largest oil field from Islamic State",
         "The Syrian Democratic Forces took the al-Omar field east of the Euphrates in Deir"
         " al-Zor province before government troops could reach it."),
        ("Al Jazeera", "2017-10-22T13:00", "SDF seizes al-Omar oilfield in Deir Az Zor",
         "The Kurdish-led alliance said Islamic State fighters put up little resistance."),
    ]),
    ("turkey-north", "tel-abyad-falls-2019", [
        ("Reuters", "2019-10-13T11:00", "Turkey-backed rebels enter Tel Abyad as offensive advances",
         "Turkish forces and allied Syrian fighters took the centre of the border town, the"
         " defence ministry said."),
        ("BBC", "2019-10-13T14:00", "Turkey's Syria offensive: Border town of Tal Abyad captured",
         "Thousands of residents fled south as Kurdish fighters withdrew."),
    ]),
    ("turkey-north", "kurds-damascus-deal-2019", [
        ("Reuters", "2019-10-14T06:00", "Syrian army to deploy along Turkish border under deal with Kurds",
         "The Kurdish-led administration said Damascus would send troops to Manbij and Kobani"
         " to help repel the Turkish offensive."),
        ("Al Jazeera", "2019-10-14T10:00", "Syrian government troops enter Manbij after SDF deal",
         "State media showed soldiers raising the flag as U.S. forces prepared to leave."),
    ]),
    ("turkey-north", "pence-ceasefire-2019", [
        ("Reuters", "2019-10-17T19:00", "Turkey agrees to pause Syria offensive after Pence talks",
         "Ankara will halt its assault for 120 hours to let Kurdish YPG fighters withdraw"
         " from a safe zone, the U.S. vice president said."),
        ("BBC", "2019-10-17T21:00", "US says Turkey will suspend offensive in northern Syria",
         "Erdogan's government said it was a pause, not a ceasefire."),
    ]),
]
