# ruff: noqa: E501  (gold data: reports are kept whole, as outlets would write them)
"""Tune split of the backstory development set: (thread, event, reports).

A report is (source, "YYYY-MM-DDTHH:MM" UTC, title, summary). Written for the project from
real events; each outlet tells an event in its own words. Threads that ran in the same weeks
sit in the same split, so the thread check meets its hard cases (same towns, same actors).
"""

EVENTS = [
    # ------------------------------------------------------------ Ghouta chemical attack 2013
    ("ghouta-2013", "ghouta-attack", [
        ("Reuters", "2013-08-21T10:20", "Syrian opposition says hundreds killed in gas attack near Damascus",
         "BEIRUT (Reuters) - Syrian opposition activists said hundreds of people were killed on Wednesday by nerve gas fired on rebel-held suburbs east of Damascus. The government denied it used chemical weapons."),
        ("BBC", "2013-08-21T12:05", "Syria conflict: 'Chemical attack' in Ghouta kills hundreds",
         "Activists say hundreds of people have died in a poison gas attack on the Eastern Ghouta area near Damascus. Videos show rows of bodies with no visible wounds."),
        ("Guardian", "2013-08-21T14:30", "Syria crisis: gas attack claims hundreds of lives, say activists",
         "Hundreds of people including children were killed in the Ghouta suburbs of Damascus in what activists called a chemical weapons attack. Follow our live coverage."),
    ]),
    ("ghouta-2013", "un-inspectors-ghouta", [
        ("AP", "2013-08-26T15:10", "UN inspectors come under sniper fire in Syria",
         "United Nations chemical weapons inspectors were shot at by snipers on their way to the site of the alleged gas attack in the Damascus suburbs, but continued their work in Moadamiyeh."),
        ("BBC", "2013-08-26T16:40", "UN team visits site of alleged Syria gas attack",
         "UN experts have visited Moadamiyeh, one of the Ghouta suburbs hit last week, after their convoy was fired on."),
    ]),
    ("ghouta-2013", "obama-congress", [
        ("Reuters", "2013-08-31T19:30", "Obama says he will seek Congress approval for Syria strike",
         "President Barack Obama said he had decided the United States should take military action against Syria over the Ghouta gas attack but would seek authorisation from Congress. The vote is not expected before September 9."),
        ("Guardian", "2013-08-31T20:10", "Obama delays Syria strike to seek congressional backing",
         "Barack Obama has stepped back from an imminent attack on Syria, saying he will ask Congress to authorise punitive strikes over the chemical attack."),
        ("Al Jazeera", "2013-08-31T21:00", "Obama puts Syria strike to Congress vote",
         "US president says he has the authority to strike Assad's forces over the Ghouta attack, but wants Congress to vote first."),
    ]),
    ("ghouta-2013", "russia-proposal", [
        ("Reuters", "2013-09-09T17:00", "Russia urges Syria to hand over chemical arms to avert strike",
         "Russia called on Syria to put its chemical weapons under international control and then destroy them, to avert a US military strike. Syria's foreign minister Walid al-Moualem welcomed the idea."),
        ("BBC", "2013-09-09T18:20", "Syria crisis: Russia plan to put chemical arms under control",
         "Russia has urged Syria to place its chemical weapons stockpile under international control, and Damascus says it welcomes the proposal."),
    ]),
    ("ghouta-2013", "geneva-deal", [
        ("AP", "2013-09-14T11:30", "US, Russia agree on plan to rid Syria of chemical weapons",
         "Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov agreed in Geneva on a framework for Syria to account for and give up its chemical weapons by mid-2014."),
        ("Guardian", "2013-09-14T12:45", "Syria chemical weapons: US and Russia strike deal in Geneva",
         "The US and Russia have agreed a plan under which Syria must declare its chemical weapons within a week and hand them over for destruction. Click here to read the full text."),
        ("France 24", "2013-09-14T13:10", "Kerry and Lavrov seal deal on Syrian chemical arms",
         "After three days of talks in Geneva, Kerry and Lavrov agreed that Syria's chemical arsenal must be removed or destroyed by the middle of 2014."),
    ]),
    ("ghouta-2013", "un-report-sarin", [
        ("Reuters", "2013-09-16T16:00", "UN inspectors confirm sarin was used in Ghouta attack",
         "UN inspectors found clear and convincing evidence that sarin nerve agent was used in the August 21 attack near Damascus, their report said. It did not say who was responsible."),
        ("BBC", "2013-09-16T17:30", "Syria chemical attack: UN report confirms sarin use",
         "A UN report has confirmed that the nerve agent sarin was used on a relatively large scale in the Ghouta attack last month."),
    ]),
    # ------------------------------------------------------------ Maaloula, same weeks
    ("maaloula-2013", "maaloula-rebels-enter", [
        ("AP", "2013-09-05T14:00", "Syrian rebels attack Christian village of Maaloula",
         "Rebels including fighters from the al-Qaida-linked Nusra Front attacked Maaloula, an ancient Christian village north of Damascus where some residents still speak Aramaic."),
        ("BBC", "2013-09-05T16:30", "Syria rebels battle for Christian town of Maaloula",
         "Jihadist-led rebels have attacked Maaloula, a predominantly Christian town north-east of Damascus, after a suicide bombing at an army checkpoint."),
    ]),
    ("maaloula-2013", "maaloula-army-retakes", [
        ("Reuters", "2013-09-08T12:40", "Syrian army pushes back rebels in Maaloula",
         "Syrian army troops drove rebels out of parts of Maaloula after heavy fighting, residents said. Nuns at the Mar Takla convent were reported safe."),
        ("Al Jazeera", "2013-09-08T15:20", "Fighting rages in Syria's ancient Maaloula",
         "Government forces pushed into Maaloula as rebels pulled back to the hills around the Christian town, activists said."),
    ]),
    ("maaloula-2013", "maaloula-nuns-abducted", [
        ("Reuters", "2013-12-02T18:00", "Nuns taken from Syria's Maaloula as rebels seize town",
         "Rebels took a group of Greek Orthodox nuns from the Mar Takla convent in Maaloula after capturing the old quarter of the town, church officials said."),
        ("BBC", "2013-12-03T09:10", "Syria: Maaloula nuns 'abducted by rebels'",
         "A dozen nuns have been taken from their convent in Maaloula by rebels who seized the town, the Vatican said."),
    ]),
    # ------------------------------------------------------------ HTS offensive 2024
    ("offensive-2024", "offensive-launched", [
        ("Reuters", "2024-11-27T11:00", "Syrian rebels launch major offensive against government forces in Aleppo province",
         "Insurgents led by Hayat Tahrir al-Sham launched a large-scale offensive against government forces in the countryside west of Aleppo on Wednesday, the first such assault since 2020. Reuters reported."),
        ("Al Jazeera", "2024-11-27T13:30", "Syrian opposition fighters launch offensive in Aleppo countryside",
         "Armed opposition groups led by HTS attacked government positions west of Aleppo, capturing several villages, a war monitor said."),
        ("AP", "2024-11-27T16:10", "Insurgents in Syria launch surprise attack on government-held areas",
         "Fighters from Hayat Tahrir al-Sham and allied factions stormed villages in Aleppo province in the biggest attack in years, the Syrian Observatory for Human Rights said."),
    ]),
    ("offensive-2024", "aleppo-entered", [
        ("Reuters", "2024-11-29T15:00", "Syrian rebels breach Aleppo in surprise offensive",
         "Rebels led by Hayat Tahrir al-Sham entered the western districts of Aleppo, Syria's second-largest city, two days after launching their offensive. The army said it was sending reinforcements."),
        ("BBC", "2024-11-29T17:40", "Syrian jihadists and allied rebels enter Aleppo",
         "Islamist-led rebels have entered Aleppo for the first time since 2016, according to a war monitor and residents."),
        ("Guardian", "2024-11-29T19:00", "Rebel fighters reach Aleppo in lightning offensive",
         "HTS-led fighters pushed into the outskirts of Aleppo after a rapid advance through the countryside, in the most serious challenge to Bashar al-Assad in years."),
    ]),
    ("offensive-2024", "aleppo-falls", [
        ("Reuters", "2024-11-30T16:00", "Syrian rebels take control of most of Aleppo",
         "Rebels led by Hayat Tahrir al-Sham took control of most of Aleppo including the airport, a war monitor said, as the Syrian army withdrew. Russian jets struck rebel positions."),
        ("Al Jazeera", "2024-11-30T18:20", "Opposition fighters seize Aleppo airport as army pulls out",
         "Syrian opposition forces captured Aleppo international airport and most of the city, in the biggest blow to government forces in years."),
        ("France 24", "2024-11-30T20:00", "Aleppo slips out of Assad's control",
         "The Syrian army acknowledged that dozens of its soldiers were killed and said it had redeployed from Aleppo, which rebels now largely control."),
    ]),
    ("offensive-2024", "hama-falls", [
        ("Reuters", "2024-12-05T14:30", "Syrian rebels capture Hama in major blow to Assad",
         "Rebels led by Hayat Tahrir al-Sham captured the central city of Hama on Thursday after the army said it had withdrawn its troops from the city to protect civilians."),
        ("AP", "2024-12-05T15:45", "Insurgents seize Syria's fourth-largest city, Hama",
         "Syrian insurgents captured Hama after days of fighting, the army said, redeploying outside the city."),
        ("BBC", "2024-12-05T18:00", "Hama falls to Syrian rebels",
         "HTS leader Abu Mohammed al-Jolani said his fighters had entered Hama to cleanse a wound that had lasted 40 years, a reference to the 1982 massacre."),
    ]),
    ("offensive-2024", "homs-advance", [
        ("Reuters", "2024-12-07T10:00", "Syrian rebels reach outskirts of Homs as government forces pull back",
         "Rebels said they had reached the outskirts of Homs, Syria's third city, after taking Rastan and Talbiseh, as the army pulled back toward the coast."),
        ("Al Jazeera", "2024-12-07T12:20", "Opposition fighters close in on Homs",
         "Opposition fighters captured the last villages north of Homs and thousands of residents fled west toward the coast."),
    ]),
    ("offensive-2024", "damascus-falls", [
        ("Reuters", "2024-12-08T05:30", "Syrian rebels say they have taken Damascus, Assad has fled",
         "Syrian rebels said on Sunday they had captured Damascus and toppled President Bashar al-Assad, ending five decades of his family's rule. Army officers said Assad had left the country."),
        ("BBC", "2024-12-08T07:10", "Assad regime falls as rebels enter Damascus",
         "Rebel fighters have declared the fall of Bashar al-Assad after entering Damascus without meeting resistance from the army."),
        ("AP", "2024-12-08T09:00", "Syrian insurgents seize Damascus and end Assad family's half century of rule",
         "Insurgents entered Damascus at dawn and state television broadcast a statement declaring that Assad had been overthrown. Russian state media later said he was in Moscow."),
    ]),
    # ------------------------------------------------------------ SNA vs SDF, same weeks
    ("north-2024", "tal-rifaat", [
        ("Reuters", "2024-12-01T12:00", "Turkey-backed rebels capture Tal Rifaat from Kurdish-led forces",
         "Turkey-backed factions of the Syrian National Army said they captured the town of Tal Rifaat north of Aleppo from the Kurdish-led Syrian Democratic Forces."),
        ("Al Jazeera", "2024-12-01T15:00", "SNA fighters seize Tal Rifaat, SDF evacuates Kurds",
         "The SDF said it was organising the evacuation of Kurdish civilians from Tal Rifaat and the Shahba area after the SNA advanced."),
    ]),
    ("north-2024", "manbij-taken", [
        ("Reuters", "2024-12-09T13:00", "Turkey-backed fighters take Manbij from Kurdish-led SDF",
         "Turkey-backed Syrian factions took control of the city of Manbij from the US-backed Syrian Democratic Forces, a Syrian security source said."),
        ("AP", "2024-12-09T16:40", "Turkish-backed Syrian forces seize northern city of Manbij",
         "Fighters of the Syrian National Army entered Manbij after days of clashes with the SDF, the Turkish Defence Ministry said."),
        ("BBC", "2024-12-09T18:20", "Kurdish-led SDF loses Manbij to Turkey-backed rebels",
         "The SNA captured Manbij, west of the Euphrates, in a blow to the Kurdish-led alliance that had held it since driving out IS in 2016."),
    ]),
    ("north-2024", "manbij-truce", [
        ("Reuters", "2024-12-11T17:30", "US brokers ceasefire in Manbij between Turkey-backed forces and SDF",
         "The head of the SDF, Mazloum Abdi, said a ceasefire brokered by the United States had been reached in Manbij and his fighters would leave the city."),
        ("Al Jazeera", "2024-12-11T19:00", "SDF to withdraw from Manbij under US-mediated truce",
         "Mazloum Abdi said SDF fighters would withdraw from Manbij as soon as possible under a truce mediated by Washington."),
    ]),
    ("north-2024", "tishrin-dam-clashes", [
        ("AP", "2024-12-20T11:00", "Fighting rages near Tishrin dam as Turkey-backed factions push on SDF",
         "Clashes between the Syrian National Army and the SDF near the Tishrin dam on the Euphrates killed dozens of fighters on both sides, a war monitor said."),
        ("France 24", "2024-12-20T14:00", "Kurdish-led forces and Turkey-backed fighters battle near Tishrin dam",
         "The SDF said it repelled attacks by Turkey-backed factions around the Tishrin dam and the Qara Qozak bridge east of Manbij."),
    ]),
    ("north-2024", "kobani-threat", [
        ("Reuters", "2024-12-17T09:00", "Kurds fear Turkish assault on Kobani",
         "Kurdish officials in Kobani said Turkish forces and allied Syrian factions were massing near the border town, and called for US help to prevent an attack."),
        ("Guardian", "2024-12-17T12:00", "Residents of Kobani brace for Turkish offensive",
         "Residents of the Kurdish-majority town of Kobani say they fear an imminent offensive by Turkey-backed fighters after the fall of Manbij."),
    ]),
    # ------------------------------------------------------------ Israel after the fall, same weeks
    ("israel-2024", "buffer-zone", [
        ("Reuters", "2024-12-08T15:00", "Israel sends troops into buffer zone with Syria",
         "Israel's army said it had deployed forces into the demilitarised buffer zone on the Golan Heights after the fall of Assad, to protect Israeli communities."),
        ("Al Jazeera", "2024-12-08T18:00", "Israeli forces enter UN buffer zone in Golan Heights",
         "Benjamin Netanyahu said the 1974 disengagement agreement with Syria had collapsed and ordered the army to seize the buffer zone."),
    ]),
    ("israel-2024", "navy-strikes", [
        ("Reuters", "2024-12-10T10:00", "Israel says it destroyed Syrian navy in overnight strikes",
         "Israeli strikes destroyed most of the Syrian navy's vessels at the ports of Latakia and Minet el-Beida overnight, the Israeli military said."),
        ("BBC", "2024-12-10T12:30", "Israel carries out hundreds of strikes on Syrian military sites",
         "Israel has carried out nearly 500 strikes across Syria since Assad fell, hitting warships in Latakia, air defences and weapons depots, its military says."),
        ("AP", "2024-12-10T14:00", "Israel strikes Syrian warships and weapons stockpiles",
         "Israel's military said it hit the Syrian fleet in Latakia harbour and weapons depots so they would not fall into the hands of extremists."),
    ]),
    ("israel-2024", "mount-hermon", [
        ("Reuters", "2024-12-13T12:00", "Netanyahu orders troops to stay on Mount Hermon through winter",
         "Israeli Defence Minister Israel Katz said he had ordered the army to prepare to stay through the winter on the Syrian side of Mount Hermon."),
        ("Guardian", "2024-12-13T15:30", "Israeli troops to remain on Syrian side of Mount Hermon",
         "Israel will keep its soldiers on the summit of Mount Hermon inside Syria for the coming months, its defence minister said, drawing criticism from the UN."),
    ]),
    ("israel-2024", "tartus-strikes", [
        ("AP", "2024-12-16T08:00", "Israeli strikes on Syria's Tartus cause powerful blasts",
         "Israeli airstrikes hit air defence units and missile depots around the coastal city of Tartus, causing explosions that a war monitor said were the strongest in years."),
        ("Al Jazeera", "2024-12-16T10:30", "Massive explosions as Israel strikes Syrian coast",
         "Israeli jets hit military sites near Tartus overnight, the Syrian Observatory for Human Rights said, in the most intense strikes on the coast since 2012."),
    ]),
    # ------------------------------------------------------------ detainees after the fall
    ("detainees-2024", "sednaya-opened", [
        ("Reuters", "2024-12-09T09:00", "Syrians search for loved ones at Sednaya prison",
         "Thousands of Syrians flocked to Sednaya military prison north of Damascus, searching for relatives who disappeared under Assad's rule, after rebels opened its cells."),
        ("BBC", "2024-12-09T11:00", "Sednaya: Rescuers search Assad's 'human slaughterhouse' for hidden cells",
         "The White Helmets said rescue teams were searching Sednaya prison for secret underground cells, but had found no one left inside."),
        ("Guardian", "2024-12-09T13:00", "Families gather outside Sednaya jail desperate for news of the missing",
         "Crowds gathered at the notorious Sednaya prison as freed detainees emerged, many too weak to walk, after the fall of the government."),
    ]),
    ("detainees-2024", "qutayfah-grave", [
        ("Reuters", "2024-12-17T14:00", "Mass grave near Damascus may hold 100,000 bodies, advocate says",
         "A mass grave discovered in al-Qutayfah, north of Damascus, contains at least 100,000 bodies of people killed by Assad's government, the head of a Syrian advocacy group said."),
        ("AP", "2024-12-17T17:00", "Syrians uncover mass grave at Qutayfah",
         "Investigators said a site in Qutayfah, 40 kilometres from Damascus, was used by the former government to bury thousands of detainees."),
    ]),
    ("detainees-2024", "tice-search", [
        ("Reuters", "2024-12-12T19:00", "US hunts for journalist Austin Tice after fall of Assad",
         "US officials said they were working to find Austin Tice, the American journalist abducted in Syria in 2012, after the collapse of Assad's government."),
        ("AP", "2024-12-12T21:00", "Search for Austin Tice intensifies in Syria",
         "Searchers checked prisons around Damascus for Austin Tice, who disappeared near the capital in 2012, US officials said."),
    ]),
]
