# ruff: noqa: E501  (gold data: reports are kept whole, as outlets would write them)
"""Blind history (written blind on 2026-11-28), December 2023 to April 2024: (thread, event, reports).

A report is (source, "YYYY-MM-DDTHH:MM" UTC, title, summary). Written for the project from
real events, from memory of public reporting and not checked against sources: tolls,
counts and some exact dates are approximate (the labels, not the figures, are what is scored);
each outlet tells an event in its own words. Eight threads run in the same weeks and share
actors and places (Israel, Iran and its Revolutionary Guards, the US, Hezbollah, Jordan,
Turkey, the SDF, Damascus, Sweida, Deir ez-Zor, Raqqa, Lebanon) against the background of
the Gaza war, so telling them apart takes more than matching names:

- irgc-syria-strikes-2024: Israeli strikes on Revolutionary Guards officers and Iran-backed
  forces in Syria, from Razi Mousavi's killing to the Aleppo raid (December 2023 - March 2024);
- consulate-strike-2024: the strike on Iran's consulate in Damascus that killed Mohammad Reza
  Zahedi, Iran's vow of revenge, its drone and missile attack on Israel and the Isfahan
  reply (April 2024);
- tower-22-2024: the drone attack that killed three US soldiers at Tower 22 in Jordan, the
  US strikes on Iran-backed militias in Syria and Iraq and the attacks that followed
  (January - February 2024);
- jordan-smugglers-2024: Jordan's border clashes with armed Captagon smugglers, its air
  strikes in Sweida province and the row with Damascus (January 2024);
- turkey-northeast-2024: Turkish air strikes on the Kurdish-run northeast after PKK attacks
  killed Turkish soldiers in northern Iraq, and the blackouts they caused
  (December 2023 - January 2024);
- badia-insurgency-2024: Islamic State ambushes and landmines killing truffle hunters and
  pro-government fighters in the Syrian desert (February - March 2024);
- sweida-protests-2024: the anti-Assad protest movement in Sweida, the first protester
  killed, the detention of officers and the government's reinforcements
  (February - April 2024);
- lebanon-cyprus-refugees-2024: the surge of Syrian boat arrivals in Cyprus from Lebanon,
  the backlash against Syrians in Lebanon and Cyprus's asylum freeze (April 2024).
"""

EVENTS = [
    # ------------------------------------------------------------ Israeli strikes on the IRGC in Syria, Dec 2023 - Mar 2024
    ("irgc-syria-strikes-2024", "mousavi-killed", [
        ("Reuters", "2023-12-25T14:20", "Israeli strike kills senior Iranian Guards adviser in Syria, Iran says",
         "BEIRUT (Reuters) - An Israeli air strike outside Damascus on Monday killed Sayyed Razi Mousavi, a long-serving adviser of Iran's Revolutionary Guards in Syria, Iranian state media said, one of the most senior Iranian officers to be killed since the Gaza war began."),
        ("Al Jazeera", "2023-12-25T16:05", "Iran vows Israel 'will pay' for killing of IRGC commander near Damascus",
         "President Ebrahim Raisi said Israel would certainly pay for the death of Mousavi, who Iranian media said coordinated the military alliance between Syria and Iran and was hit by three missiles at his home in the Sayyida Zeinab district south of the capital."),
        ("BBC", "2023-12-25T18:40", "Razi Mousavi: Iranian general killed in Syria strike blamed on Israel",
         "Mousavi was said to have been a close associate of Qasem Soleimani, the Quds Force commander killed by a US drone in Baghdad in 2020. The Israeli military said it did not comment on foreign reports."),
    ]),
    ("irgc-syria-strikes-2024", "mousavi-funeral-tehran", [
        ("AP", "2023-12-28T09:50", "Iran's supreme leader prays over coffin of Guards general killed in Syria",
         "TEHRAN, Iran (AP) — Supreme Leader Ayatollah Ali Khamenei led prayers on Thursday over the body of Razi Mousavi, the Revolutionary Guard adviser killed in an airstrike near Damascus this week, as mourners outside chanted against Israel and the United States."),
        ("France 24", "2023-12-28T13:15", "Thousands mourn slain Revolutionary Guards adviser in Tehran",
         "Guards commander Hossein Salami told the crowd that Israel would pay for the killing at a time and place of Iran's choosing, as fears grow that the war in Gaza could spill over into a wider regional conflict."),
    ]),
    ("irgc-syria-strikes-2024", "mezzeh-building-strike", [
        ("Reuters", "2024-01-20T09:40", "Israeli strike on Damascus building kills Iranian Guards members, sources say",
         "BEIRUT (Reuters) - An Israeli air strike destroyed a multi-storey building in Damascus's Mezzeh district on Saturday where leaders of Iran-backed groups were meeting, killing several members of Iran's Revolutionary Guards, security sources said."),
        ("AP", "2024-01-20T12:30", "Iran says 5 Guard advisers killed in strike on Syrian capital",
         "BEIRUT (AP) — Iran's Revolutionary Guard said five of its advisers were killed in the strike, among them its intelligence chief for Syria and his deputy. The building lies in a heavily guarded neighborhood that is home to embassies and security offices."),
        ("Al Jazeera", "2024-01-20T15:10", "Raisi says Israel's 'crime' in Damascus will not go unanswered",
         "Iran's president condemned the attack in Mezzeh as a sign of Israel's desperation over Gaza, while Syrian state media said rescue teams were still pulling bodies from the rubble of the flattened four-storey building."),
        ("Guardian", "2024-01-20T17:45", "Israeli airstrike on Damascus kills senior Iranian intelligence officers",
         "It is the second killing of high-ranking Revolutionary Guards figures in Syria in less than a month, after the death of Razi Mousavi on Christmas Day, and comes as Iran-aligned groups attack US forces and shipping across the region."),
    ]),
    ("irgc-syria-strikes-2024", "guards-scale-back-syria", [
        ("Reuters", "2024-02-01T05:10", "Iran's Guards pull senior officers from Syria after Israeli strikes, sources say",
         "DUBAI/BEIRUT (Reuters) - Iran's Revolutionary Guards have scaled back deployment of their senior officers in Syria after a spate of deadly Israeli strikes and will rely more on allied Shi'ite militias to preserve their sway there, five sources familiar with the matter said."),
        ("Al Jazeera", "2024-02-01T14:20", "Report: Iran thins out IRGC command in Syria amid wave of assassinations",
         "Senior commanders and dozens of mid-ranking officers have reportedly left Syria, with the Guards now expected to run operations remotely with help from Hezbollah. Tehran has not commented on the report."),
    ]),
    ("irgc-syria-strikes-2024", "alidadi-killed", [
        ("Al Jazeera", "2024-02-02T10:30", "Israeli strike near Damascus kills Iranian Guards adviser",
         "Iran's Revolutionary Guards said one of their advisers, Saeed Alidadi, was killed in an Israeli attack in the Sayyida Zeinab area south of the Syrian capital. The strike comes as Washington prepares its response to the drone attack that killed three US soldiers in Jordan."),
        ("Reuters", "2024-02-02T11:55", "Iran says Israeli attack in Syria killed Revolutionary Guards adviser",
         "DUBAI (Reuters) - An Israeli strike in Syria killed a member of Iran's Revolutionary Guards serving as an adviser, Iranian state media reported on Friday, the latest in a string of deadly attacks on Iranian personnel in Syria since December."),
        ("France 24", "2024-02-02T15:00", "Guards member killed south of Damascus, Iran warns of response",
         "Tehran said it reserved the right to respond to the killing near the Sayyida Zeinab shrine, a district long used as a base by Iran-backed fighters. Syrian air defences had intercepted missiles fired over the Golan Heights, state media said."),
    ]),
    ("irgc-syria-strikes-2024", "kafr-sousa-apartment-strike", [
        ("AP", "2024-02-21T08:15", "Israeli missiles hit apartment in Damascus, killing 2, Syrian state media says",
         "BEIRUT (AP) — An Israeli strike hit an apartment in a residential building in the Kafr Sousa neighborhood of Damascus on Wednesday morning, killing two people, Syrian state media said. The district houses security agencies and an Iranian school."),
        ("Reuters", "2024-02-21T09:30", "Suspected Israeli strike hits residential building in Damascus' Kafr Sousa",
         "BEIRUT (Reuters) - A missile fired from over the Golan Heights struck the fourth floor of a building in a high-security district of the Syrian capital, a military source said, adding that the attack did not achieve its aims."),
        ("BBC", "2024-02-21T13:05", "Deadly strike on Damascus apartment block blamed on Israel",
         "A war monitor said the targeted flat was frequented by members of Hezbollah and Iran's Revolutionary Guards, and compared the attack to the drone strike that killed Hamas deputy leader Saleh al-Arouri in Beirut in January."),
    ]),
    ("irgc-syria-strikes-2024", "deir-ezzor-vahedi-killed", [
        ("Reuters", "2024-03-26T07:40", "Air strikes hit Iran-backed sites in eastern Syria, state media blames US",
         "BEIRUT (Reuters) - Air strikes hit several sites in Syria's Deir al-Zor province overnight, killing seven soldiers and a civilian, the Syrian defence ministry said, blaming US forces in the region. Security sources said the targets were facilities used by Iran-backed groups."),
        ("AP", "2024-03-26T14:50", "Iranian adviser killed in strikes in eastern Syria, Israel suspected",
         "BEIRUT (AP) — Iran's state news agency said Behrouz Vahedi, a member of the Revolutionary Guard's Quds Force, was killed in the strikes on Deir el-Zour and al-Bukamal. The Pentagon said U.S. forces had carried out no strikes in Syria."),
        ("Al Jazeera", "2024-03-26T17:20", "WHO engineer among dead as strikes pound Iran-linked targets in eastern Syria",
         "The World Health Organization said one of its staff, a water and sanitation engineer, was killed when his building in Deir ez-Zor city was hit. A monitor said most of the 15 dead were fighters from pro-Iran groups, many of them Iraqis."),
    ]),
    ("irgc-syria-strikes-2024", "aleppo-hezbollah-depot-strike", [
        ("Reuters", "2024-03-29T06:10", "Israeli strikes on Syria's Aleppo kill dozens including Hezbollah fighters, sources say",
         "BEIRUT (Reuters) - Israeli strikes near the northern city of Aleppo early on Friday killed 38 people, including five members of Lebanon's Hezbollah, security sources said, in what appeared to be one of the deadliest Israeli raids in Syria in years."),
        ("DW", "2024-03-29T10:45", "Israeli air raid near Aleppo kills dozens of Syrian soldiers — monitor",
         "The Syrian Observatory for Human Rights said at least 36 soldiers died in the strike on an area near Hezbollah rocket depots close to Aleppo airport. The Syrian defence ministry said the raid coincided with drone attacks by militants from Idlib."),
        ("AP", "2024-03-29T12:00", "War monitor says Israeli strikes near Aleppo killed 42, most of them Syrian troops",
         "BEIRUT (AP) — The strikes hit missile depots in the southern suburb of Jibreen and the nearby town of Safira, home to a sprawling military facility. There was no comment from Israel, which rarely acknowledges its strikes on Iran-linked targets in Syria."),
        ("France 24", "2024-03-29T16:30", "Deadliest Israeli strike on Syrian army since Gaza war began, monitor says",
         "Hezbollah named three fighters killed in Syria without saying where. The raid came a day after a strike on a residential building in Sayyida Zeinab south of Damascus and as Israel and Hezbollah trade heavier fire across the Lebanese border."),
    ]),

    # ------------------------------------------------------------ The Damascus consulate strike and Iran's reply, Apr 2024
    ("consulate-strike-2024", "consulate-building-destroyed", [
        ("Reuters", "2024-04-01T14:35", "Israeli strike on Iran's embassy compound in Damascus kills Guards commanders",
         "BEIRUT (Reuters) - An Israeli air strike destroyed Iran's consulate building next to its embassy in Damascus on Monday, killing a senior Quds Force commander, Mohammad Reza Zahedi, and six other officers, Iran's Revolutionary Guards said."),
        ("Al Jazeera", "2024-04-01T16:10", "Iran's ambassador says F-35 jets hit consular building in Damascus",
         "Ambassador Hossein Akbari said the strike levelled the consular section in the Mezzeh district, where the ambassador's residence is also located, and that Iran's response would be harsh. Syria's foreign minister Faisal Mekdad visited the rubble."),
        ("BBC", "2024-04-01T19:25", "Top Iranian general killed in strike on Damascus consulate",
         "Zahedi, 63, a former commander of the Guards' ground and air forces, led Quds Force operations in Syria and Lebanon. An Israeli military spokesman said the building was a Quds Force military building disguised as a civilian one."),
        ("Guardian", "2024-04-01T21:00", "Israel accused of attack on Iranian consulate as escalation fears grow",
         "The strike on a diplomatic building, the most brazen in a months-long Israeli campaign against Iranian officers in Syria, raised fears that Tehran would be forced into a direct response after months of relying on allies in Lebanon, Iraq and Yemen."),
    ]),
    ("consulate-strike-2024", "iran-vows-punishment", [
        ("AP", "2024-04-02T09:20", "Iran's Khamenei vows Israel 'will be punished' for Damascus strike",
         "TEHRAN, Iran (AP) — Supreme Leader Ayatollah Ali Khamenei said Israel would be punished by the hands of Iran's brave men for the attack on the consulate, as crowds in Tehran burned Israeli flags and the death toll in Damascus rose to at least 13."),
        ("Reuters", "2024-04-02T12:40", "US says it had no involvement in strike on Iranian consulate in Syria",
         "WASHINGTON (Reuters) - The United States had no involvement and did not know ahead of time about the strike in Damascus, US officials said, adding that Washington had conveyed that message directly to Iran."),
        ("France 24", "2024-04-02T20:30", "UN Security Council meets over strike on Iranian consulate",
         "Russia, which called the session, said the attack violated the inviolability of diplomatic premises, but the US, Britain and France declined to back a statement condemning it, diplomats said."),
    ]),
    ("consulate-strike-2024", "zahedi-funeral-quds-day", [
        ("Al Jazeera", "2024-04-05T10:00", "Coffins of slain commanders carried through Tehran on Quds Day",
         "Huge crowds marking Quds Day in solidarity with Palestinians accompanied the coffins of the seven Revolutionary Guards members killed in Damascus, as Guards chief Hossein Salami warned that 'our brave men will punish' Israel."),
        ("Guardian", "2024-04-05T15:20", "Israel braces for Iranian retaliation, cancelling leave for combat troops",
         "Israel has suspended leave for combat units, called up air defence reservists and disrupted GPS signals over Tel Aviv, as officials prepared for a possible drone or missile attack in response to the killing of Zahedi."),
        ("DW", "2024-04-05T17:40", "Iran buries generals killed in Syria amid pledges of revenge",
         "Zahedi's body is to be taken to his hometown of Isfahan for burial. Analysts say Tehran faces a dilemma between avenging the strike on its diplomatic premises and avoiding a war with Israel and the United States."),
    ]),
    ("consulate-strike-2024", "khamenei-eid-warning", [
        ("Reuters", "2024-04-10T08:15", "Khamenei says Israel 'must be punished and will be punished' for consulate strike",
         "DUBAI (Reuters) - Iran's Supreme Leader Ayatollah Ali Khamenei said in an Eid al-Fitr sermon on Wednesday that the attack on the consulate was equivalent to an attack on Iranian soil and that Israel would be punished."),
        ("AP", "2024-04-10T16:40", "Biden says US backing for Israel 'ironclad' as Iran threatens reprisals",
         "WASHINGTON (AP) — President Joe Biden said Iran was threatening to launch a significant attack on Israel and that U.S. support for Israel against those threats was ironclad, despite tensions over the war in Gaza."),
        ("BBC", "2024-04-11T07:30", "US and allies scramble to head off Iranian strike on Israel",
         "Washington has asked countries with ties to Tehran, including China and Turkey, to urge restraint, while the top US commander for the Middle East travelled to Israel to coordinate air defences."),
    ]),
    ("consulate-strike-2024", "msc-aries-seized", [
        ("Reuters", "2024-04-13T08:05", "Iran's Guards seize Israel-linked container ship near Strait of Hormuz",
         "DUBAI (Reuters) - Iran's Revolutionary Guards seized the Portuguese-flagged MSC Aries, a vessel linked to a company partly owned by an Israeli businessman, near the Strait of Hormuz on Saturday, Iranian state media said."),
        ("France 24", "2024-04-13T11:40", "Commandos rappel onto cargo ship as Iran turns up pressure on Israel",
         "Video showed Guards commandos descending from a helicopter onto the container ship, which had 25 crew aboard. The seizure came as the US said an Iranian attack on Israel in retaliation for the Damascus strike could come within days."),
    ]),
    ("consulate-strike-2024", "iran-drone-missile-attack", [
        ("AP", "2024-04-13T21:45", "Iran launches drones at Israel in retaliation for Damascus consulate strike",
         "JERUSALEM (AP) — Iran launched dozens of drones toward Israel late Saturday, Israel's military said, in what would be the first direct military attack by Iran on Israel, in response to the killing of its generals in Syria."),
        ("Reuters", "2024-04-13T23:50", "Iran fires missiles and drones at Israel, sirens sound across the country",
         "JERUSALEM/DUBAI (Reuters) - Iran fired ballistic missiles at Israel after launching waves of drones, and explosions and air raid sirens were heard across Israel including in Jerusalem, as interceptors lit up the night sky."),
        ("Al Jazeera", "2024-04-14T01:30", "Iran says matter 'can be deemed concluded' after attack on Israel",
         "Iran's mission to the UN said the strikes were carried out under Article 51 of the UN Charter in response to the aggression against its diplomatic premises in Damascus, and warned the US to stay away."),
        ("BBC", "2024-04-14T06:20", "Israel says 99% of Iranian drones and missiles intercepted",
         "More than 300 drones and missiles were fired, Israel said, most of them shot down with help from the US, the UK and Jordan, which downed objects crossing its airspace. A seven-year-old Bedouin girl was badly hurt and an air base in the Negev was lightly damaged."),
    ]),
    ("consulate-strike-2024", "restraint-after-attack", [
        ("Guardian", "2024-04-14T17:10", "G7 condemns Iran as Biden tells Netanyahu US will not join counterstrike",
         "Leaders of the G7 condemned Iran's attack and said they stood ready to take further measures, while Biden urged Israel to 'take the win' and told Benjamin Netanyahu the US would not take part in offensive operations against Iran."),
        ("France 24", "2024-04-14T22:10", "UN chief warns Middle East is 'on the brink' at emergency Security Council session",
         "Israel's envoy demanded sanctions on Iran and the listing of the Revolutionary Guards as a terrorist group, while Iran's ambassador said his country had no choice but to respond to the strike on its consulate."),
        ("DW", "2024-04-15T09:20", "Israel's war cabinet weighs response to Iranian attack",
         "The war cabinet met for a second day to discuss a response, with allies urging restraint. Israel's military chief said the launch of so many missiles and drones into Israeli territory would be met with a response."),
    ]),
    ("consulate-strike-2024", "isfahan-explosions", [
        ("Reuters", "2024-04-19T04:30", "Explosions heard near Iran's Isfahan, air defences activated, media say",
         "DUBAI (Reuters) - Explosions were heard near the central Iranian city of Isfahan early on Friday, Iranian media reported, and flights were diverted, in what a US official described as an Israeli strike in response to last weekend's attack."),
        ("AP", "2024-04-19T10:15", "Iran plays down blasts near Isfahan as US official points to Israeli strike",
         "DUBAI, United Arab Emirates (AP) — Iranian officials said air defenses shot down small drones over Isfahan, home to a major air base and nuclear sites, and state television played down the incident. Israel did not comment."),
        ("Al Jazeera", "2024-04-19T13:00", "Iran says no damage after 'mini-drones' downed over Isfahan",
         "The UN nuclear watchdog said there was no damage to Iran's nuclear sites. Iranian officials did not blame Israel directly and said there were no plans for an immediate response."),
        ("DW", "2024-04-19T16:40", "Muted reactions suggest Iran-Israel escalation may be easing",
         "Both sides appeared keen to step back from a full-blown war nearly three weeks after the strike on the consulate in Damascus set off the first direct exchange of fire between the two foes."),
    ]),

    # ------------------------------------------------------------ Tower 22 and the US reply in Syria and Iraq, Jan - Feb 2024
    ("tower-22-2024", "tower-22-drone-attack", [
        ("AP", "2024-01-28T16:30", "3 US troops killed, dozens hurt in drone attack in Jordan; Biden blames Iran-backed militias",
         "WASHINGTON (AP) — Three U.S. troops were killed and dozens wounded in a drone strike on a small outpost in northeastern Jordan near the Syrian border known as Tower 22, officials said, the first U.S. deaths after months of militia attacks on American forces in the region."),
        ("Reuters", "2024-01-28T17:05", "Three US service members killed in drone attack in Jordan near Syria border",
         "WASHINGTON (Reuters) - President Joe Biden said Iran-backed militant groups operating in Syria and Iraq carried out the attack and vowed that the United States would hold all those responsible to account at a time and in a manner of its choosing."),
        ("Al Jazeera", "2024-01-28T19:40", "Jordan says deadly drone attack on US forces happened across border in Syria",
         "A Jordanian government spokesman initially said the attack targeted the al-Tanf base inside Syria, not Jordanian territory. The Islamic Resistance in Iraq, an umbrella of Iran-aligned groups, claimed attacks on several bases including Tanf."),
        ("BBC", "2024-01-28T21:10", "Biden vows response after first US troop deaths in Middle East attacks",
         "US forces in Iraq and Syria have been attacked more than 150 times since the Gaza war began in October. Republicans urged the president to strike targets inside Iran."),
    ]),
    ("tower-22-2024", "iran-denies-soldiers-named", [
        ("Reuters", "2024-01-29T08:20", "Iran denies link to Jordan drone attack that killed US troops",
         "DUBAI (Reuters) - Iran had no involvement in the attack on US forces in Jordan, its foreign ministry spokesman Nasser Kanaani said on Monday, adding that resistance groups in the region acted on their own decisions."),
        ("AP", "2024-01-29T19:45", "Pentagon names 3 Army Reserve soldiers killed at Jordan outpost",
         "WASHINGTON (AP) — Sgt. William Jerome Rivers, Spc. Kennedy Ladon Sanders and Spc. Breonna Alexsondria Moffett, all from Georgia, were killed when a one-way attack drone struck their housing units at Tower 22, the Pentagon said."),
        ("Guardian", "2024-01-29T21:30", "Drone that killed US troops may have been mistaken for American aircraft",
         "Initial reports suggest the enemy drone approached the base at the same time as a US surveillance drone was returning, causing confusion over whether it was friendly. More than 40 service members were wounded."),
    ]),
    ("tower-22-2024", "kataib-hezbollah-suspends-attacks", [
        ("Reuters", "2024-01-30T18:10", "Iraq's Kataib Hezbollah says it is suspending attacks on US forces",
         "BAGHDAD (Reuters) - Kataib Hezbollah, the Iran-backed Iraqi group the Pentagon says was behind the Jordan attack, said on Tuesday it was suspending military operations against US forces to avoid embarrassing the Iraqi government."),
        ("Al Jazeera", "2024-01-30T20:00", "Biden says he has decided on response to Jordan attack",
         "The US president told reporters he had made a decision on how to respond but did not want a wider war in the Middle East. He said he held Iran responsible for supplying the weapons."),
        ("DW", "2024-01-31T07:45", "Iran-backed Iraqi militia halts attacks as US weighs retaliation",
         "The Pentagon said it would judge the militias by their actions, not their words. The announcement came as Iran-backed groups pulled fighters from some positions in eastern Syria in anticipation of US strikes."),
    ]),
    ("tower-22-2024", "us-retaliatory-strikes", [
        ("AP", "2024-02-02T21:40", "US launches retaliatory strikes in Iraq and Syria against Iran-backed militias",
         "WASHINGTON (AP) — The U.S. military struck more than 85 targets in Iraq and Syria linked to Iran's Revolutionary Guard and the militias it backs, the first wave of retaliation for the drone strike that killed three U.S. troops."),
        ("Reuters", "2024-02-02T22:15", "US strikes 85 targets in Iraq, Syria in retaliation for deadly drone attack",
         "WASHINGTON (Reuters) - Long-range B-1 bombers flown from the United States took part in the strikes on seven facilities, four in Syria and three in Iraq, including command centres, intelligence sites and drone storage, the US military said."),
        ("BBC", "2024-02-02T23:30", "US strikes Iran-linked targets after Jordan base attack",
         "Biden said the response had begun and would continue at times and places of America's choosing. The strikes came hours after he attended the return of the three soldiers' bodies at Dover Air Force Base."),
        ("France 24", "2024-02-03T06:50", "US bombers pound militia sites along Syria-Iraq border",
         "Targets included sites around al-Bukamal and al-Mayadeen in Syria's Deir ez-Zor province, which are used by Iran-backed groups. The US said it did not strike inside Iran."),
    ]),
    ("tower-22-2024", "strikes-toll-condemnation", [
        ("Reuters", "2024-02-03T10:40", "Iraq says 16 killed in US strikes, summons US envoy",
         "BAGHDAD (Reuters) - Sixteen people including civilians were killed in the US strikes in western Iraq, the Iraqi government said on Saturday, calling the raids a violation of its sovereignty and summoning the US charge d'affaires."),
        ("Al Jazeera", "2024-02-03T13:20", "Syria says US strikes in east killed civilians and soldiers",
         "Syria's army said the 'occupation' strikes in desert areas and near the Iraqi border killed civilians and soldiers, while a war monitor said at least 18 pro-Iran fighters died around al-Mayadeen and al-Bukamal."),
        ("DW", "2024-02-03T16:00", "Iran condemns US strikes as 'strategic mistake'",
         "Foreign ministry spokesman Nasser Kanaani said the US strikes in Syria and Iraq would only intensify tension and instability in the region. Russia called for an emergency UN Security Council meeting."),
    ]),
    ("tower-22-2024", "al-omar-base-drone", [
        ("AP", "2024-02-05T08:30", "Drone attack on US base in eastern Syria kills 6 allied Kurdish fighters",
         "BEIRUT (AP) — A drone attack on a base housing U.S. troops in eastern Syria killed six fighters from the U.S.-backed Syrian Democratic Forces late Sunday, the first significant attack on American forces since the retaliatory strikes."),
        ("Reuters", "2024-02-05T11:50", "SDF says drone strike on al-Omar oil field base killed six of its fighters",
         "BEIRUT (Reuters) - The Kurdish-led Syrian Democratic Forces said the drone hit a training ground for its commandos at the al-Omar base in Deir al-Zor and blamed Syrian government-backed militias. No US personnel were hurt."),
        ("Guardian", "2024-02-05T15:40", "Militia drone kills Kurdish-led fighters at US base in Syria despite American strikes",
         "The Islamic Resistance in Iraq claimed the attack, suggesting that two days of US bombing in Syria and Iraq had not ended attacks by Iran-aligned groups on bases hosting American troops."),
    ]),
    ("tower-22-2024", "baghdad-commander-killed", [
        ("Reuters", "2024-02-07T19:30", "US drone strike in Baghdad kills Kataib Hezbollah commander",
         "BAGHDAD (Reuters) - A US drone strike on a car in eastern Baghdad on Wednesday killed a senior commander of Kataib Hezbollah, two security sources said, the group the Pentagon blames for the attack that killed three US soldiers in Jordan."),
        ("AP", "2024-02-07T20:15", "US says strike killed militia commander responsible for Jordan attack",
         "WASHINGTON (AP) — U.S. Central Command said the strike killed a Kataib Hezbollah commander responsible for directly planning and participating in attacks on U.S. forces in the region. Militia officials named him as Abu Baqir al-Saadi."),
        ("Al Jazeera", "2024-02-08T09:00", "Crowds in Baghdad chant against US after militia commander's killing",
         "Hundreds of supporters of Iraq's armed factions gathered at the site of the strike in the Mashtal district, and the Iraqi military said the attack was a blatant assassination in a residential neighbourhood."),
    ]),

    # ------------------------------------------------------------ Jordan's war on smugglers from Syria, Jan 2024
    ("jordan-smugglers-2024", "border-shootout-five-killed", [
        ("Reuters", "2024-01-06T10:20", "Jordan army says it is fighting armed smuggler groups on Syrian border",
         "AMMAN (Reuters) - Jordanian troops have been clashing since dawn on Saturday with large armed groups of smugglers trying to cross from Syria with drugs and weapons, the army said, blaming pro-Iranian militias that hold sway in southern Syria."),
        ("Al Jazeera", "2024-01-06T16:30", "Jordan reports surge in armed infiltration attempts from Syria",
         "A military source said smugglers were exploiting winter fog and rugged terrain and had shifted from sneaking across to trying to force their way through by attacking border guards."),
        ("AP", "2024-01-06T18:00", "Jordan says it killed 5 smugglers, arrested 15 in border shootout",
         "AMMAN, Jordan (AP) — Jordan's military said five smugglers were killed and 15 detained after hours of fighting along the northern border, and that large quantities of Captagon pills and weapons were seized. No soldiers were hurt."),
    ]),
    ("jordan-smugglers-2024", "sweida-raids-three-dead", [
        ("AP", "2024-01-09T12:20", "Suspected Jordanian airstrikes hit southern Syria, killing 3, activists say",
         "BEIRUT (AP) — Presumed Jordanian warplanes struck several sites in Syria's Sweida province overnight, killing three people including a suspected drug dealer, opposition activists said. Jordan did not comment."),
        ("Reuters", "2024-01-09T14:45", "Jordanian jets strike suspected drug dealers' hideouts in Syria's Sweida, sources say",
         "AMMAN (Reuters) - Jordanian jets hit farms and homes of suspected smugglers in southern Syria, regional intelligence sources said, the second such raid in a week after the army stepped up its campaign against Iran-linked traffickers."),
    ]),
    ("jordan-smugglers-2024", "arman-strike-civilians", [
        ("Reuters", "2024-01-18T06:10", "Suspected Jordan strikes on southern Syria kill 10, local media say",
         "AMMAN (Reuters) - Suspected Jordanian air strikes on southern Syria killed 10 people including children early on Thursday, local Syrian media and monitors said. There was no immediate comment from Jordanian authorities."),
        ("AP", "2024-01-18T10:30", "Airstrike likely carried out by Jordan kills 9 in southern Syria, including children",
         "BEIRUT (AP) — The strike on the village of Orman killed at least nine people, among them two children and at least three women, a war monitor said. Its head said those killed had nothing to do with smuggling."),
        ("Al Jazeera", "2024-01-18T14:45", "Women and children among dead in suspected Jordanian raid on Syria's Arman",
         "Two houses were flattened in the Druze-majority town about 20km from the border, and a warehouse was hit in nearby Malah. Local journalists said the targets were believed to be traffickers but their relatives died with them."),
        ("BBC", "2024-01-18T17:20", "Syria: Jordan's suspected war on drug gangs claims family in Sweida",
         "Jordan, a main transit route for the Captagon trade to the Gulf, has stepped up its campaign since December's deadly border clashes but rarely acknowledges its strikes inside Syria."),
    ]),
    ("jordan-smugglers-2024", "damascus-amman-row", [
        ("AP", "2024-01-23T13:15", "Syria condemns presumed Jordanian strikes on drug traffickers",
         "DAMASCUS, Syria (AP) — Syria's foreign ministry said in its first statement on the issue that there was no justification for the Jordanian air force's strikes, including one last week that killed women and children."),
        ("France 24", "2024-01-23T17:30", "Jordan hits back after Damascus says air strikes have 'no justification'",
         "Amman's foreign ministry said drug and arms smuggling from Syria was a threat to its national security and that it would keep confronting it and anyone standing behind it, accusing Damascus of failing to act."),
        ("Reuters", "2024-01-23T19:00", "Jordan says it gave Syria names of smugglers and nothing was done",
         "AMMAN (Reuters) - Jordan said it had handed Syrian officials names of traffickers and the militias protecting them during joint security meetings, without result, as tension grew between the neighbours less than a year after Damascus returned to the Arab League."),
    ]),

    # ------------------------------------------------------------ Turkish strikes on the Kurdish-run northeast, Dec 2023 - Jan 2024
    ("turkey-northeast-2024", "twelve-soldiers-strikes-begin", [
        ("Reuters", "2023-12-23T16:40", "Turkey says 12 soldiers killed in clashes with PKK militants in northern Iraq",
         "ANKARA (Reuters) - Six Turkish soldiers were killed on Saturday in clashes with Kurdish militants in northern Iraq, the defence ministry said, a day after six others died trying to repel an attack on a base."),
        ("Al Jazeera", "2023-12-23T21:30", "Turkey hits targets in Iraq and Syria after deadly PKK attacks",
         "The Turkish defence ministry said 29 targets including caves, shelters, oil facilities and warehouses were destroyed in northern Iraq and Syria. Plumes of smoke rose over oil sites near Qamishli in the Kurdish-run northeast."),
        ("DW", "2023-12-24T08:00", "Erdogan vows revenge as jets strike oil sites in Kurdish-held Syria",
         "President Recep Tayyip Erdogan said the blood of the soldiers would not go unanswered. Ankara considers the Syrian Kurdish YPG, the backbone of the US-allied SDF, an extension of the PKK."),
    ]),
    ("turkey-northeast-2024", "qamishli-civilians-killed", [
        ("AP", "2023-12-25T15:20", "Turkish strikes kill 6 civilians in northeast Syria, hospital official says",
         "QAMISHLI, Syria (AP) — Turkey intensified airstrikes on Kurdish groups in Syria and northern Iraq on Monday, killing at least six civilians in Qamishli, including four workers at a printing shop, a hospital official and a war monitor said."),
        ("France 24", "2023-12-25T18:00", "Kurdish authorities say Turkish raids cut power and oil output in northeast Syria",
         "SDF spokesman Farhad Shami said eight civilians were killed in the strikes, which also hit a mill and a gas storage site. The Kurdish-led administration urged the UN to intervene and said electricity output had halved."),
    ]),
    ("turkey-northeast-2024", "nine-soldiers-killed", [
        ("Reuters", "2024-01-12T21:50", "Nine Turkish soldiers killed in PKK attack on base in northern Iraq",
         "ANKARA (Reuters) - Nine Turkish soldiers were killed and four wounded when Kurdish militants attacked a base in northern Iraq on Friday, the defence ministry said, three weeks after a similar attack killed 12 soldiers."),
        ("AP", "2024-01-13T09:40", "Turkey strikes Kurdish militant targets in Iraq and Syria after 9 soldiers killed",
         "ANKARA, Turkey (AP) — Turkish jets struck dozens of targets in northern Iraq and Syria overnight, including what the ministry said were bases, shelters and oil facilities used by the PKK and the Syrian Kurdish YPG."),
        ("Al Jazeera", "2024-01-13T14:00", "Turkish jets pound northeast Syria and Iraq as Erdogan chairs security meeting",
         "Turkey's intelligence agency said it had also hit YPG targets in Syria. Kurdish-run media reported strikes on dozens of sites around Qamishli, Amuda and Malikiyah, including grain silos and a gas plant."),
    ]),
    ("turkey-northeast-2024", "northeast-blackouts", [
        ("France 24", "2024-01-15T10:30", "Hundreds of villages lose power after Turkish strikes on northeast Syria",
         "The Kurdish administration said six power stations had been hit since Friday, leaving Kobani, Amuda, Qamishli and hundreds of surrounding villages without electricity. AFP reporters saw firefighters tackling a blaze at the Qamishli plant."),
        ("Reuters", "2024-01-15T13:10", "Syrian Kurdish authorities say Turkish strikes knocked out power and water",
         "QAMISHLI, Syria (Reuters) - Turkish strikes have put several power stations and water pumping stations in northeast Syria out of service, the Kurdish-led administration said, calling on the US-led coalition and Russia to stop the attacks."),
        ("BBC", "2024-01-15T16:45", "Turkey's strikes on Syria's Kurds plunge northeast into darkness",
         "Even before the latest raids, residents of the region, which holds thousands of Islamic State detainees in SDF-run prisons and camps, received only about 10 hours of electricity a day."),
    ]),
    ("turkey-northeast-2024", "darbasiyah-plant-hit", [
        ("AP", "2024-01-21T12:00", "Turkish drone knocks out power station in northeast Syria as strikes go on",
         "BEIRUT (AP) — A Turkish drone strike put the Darbasiyah power station in Hasakeh province out of service, Syrian state media said, while a war monitor said the Qamishli power plant was hit for a second time."),
        ("Al Jazeera", "2024-01-21T17:30", "Turkey presses air campaign on Kurdish-run region as outages spread",
         "Turkey's defence ministry said 24 Kurdish fighters had been 'neutralised' in Iraq and Syria in recent days. Aid groups warned the attacks on infrastructure were deepening a humanitarian crisis in the middle of winter."),
    ]),

    # ------------------------------------------------------------ Islamic State in the desert during truffle season, Feb - Mar 2024
    ("badia-insurgency-2024", "homs-desert-ambush", [
        ("AP", "2024-02-23T15:10", "Suspected IS militants kill 5 truffle hunters in central Syria desert",
         "BEIRUT (AP) — Suspected Islamic State militants ambushed a group of people collecting truffles in the desert of Homs province on Friday, killing at least five, a war monitor said. Others were missing."),
        ("Al Jazeera", "2024-02-23T18:45", "Truffle season turns deadly again in Syria's Badia",
         "Impoverished Syrians head into the vast desert between February and April to gather truffles that fetch high prices, despite repeated attacks by Islamic State cells hiding there and the landmines they leave behind."),
    ]),
    ("badia-insurgency-2024", "raqqa-landmine-fourteen", [
        ("Reuters", "2024-02-25T12:30", "Landmine kills 14 truffle hunters in Syrian desert, state media says",
         "BEIRUT (Reuters) - Fourteen people were killed and eight wounded when a landmine left by Islamic State exploded as they gathered truffles in the desert of Raqqa province, state news agency SANA said, citing the governor."),
        ("France 24", "2024-02-25T14:50", "IS mine blast kills truffle foragers in Syria's Raqa desert",
         "The Syrian Observatory for Human Rights put the toll at 13 civilians, including women. Authorities regularly warn against the practice, but truffles are a rare source of cash in a country where most people live in poverty."),
    ]),
    ("badia-insurgency-2024", "kobajeb-massacre", [
        ("AP", "2024-03-06T13:40", "IS militants kill at least 18 people collecting truffles in eastern Syria",
         "BEIRUT (AP) — Islamic State militants attacked villagers collecting truffles near the town of Kobajeb in Deir el-Zour province on Wednesday, killing at least 18 people and leaving dozens wounded and missing, activists and pro-government media said."),
        ("Reuters", "2024-03-06T15:20", "Dozens feared kidnapped after Islamic State attack on truffle gatherers in Syria",
         "BEIRUT (Reuters) - About 50 people were missing after gunmen torched vehicles and opened fire on truffle gatherers in the desert south of Deir al-Zor, a monitor said. Pro-government media put the toll far higher."),
        ("BBC", "2024-03-06T19:30", "Syria: Deadliest IS attack in more than a year hits truffle hunters",
         "Four members of the pro-government National Defence Forces sent as reinforcements were among the dead. The jihadists lost their last territory in Syria five years ago but still stage attacks from desert hideouts."),
    ]),
    ("badia-insurgency-2024", "raqqa-landmine-nineteen", [
        ("France 24", "2024-03-16T14:20", "Landmine blast kills 19 truffle hunters, mostly women, in Syria",
         "Nineteen people including 12 women died when their vehicle hit a mine in an area of Raqa province where Islamic State fighters are present, a war monitor said, the latest in a string of deadly blasts this season."),
        ("Al Jazeera", "2024-03-16T17:05", "Vehicle carrying truffle foragers hits mine in Syria's Raqqa desert",
         "Several others were wounded in the explosion in an area where Islamic State cells are active. Dozens of foragers have been killed by landmines and Islamic State attacks since the season began in February."),
    ]),
    ("badia-insurgency-2024", "hima-bomb-ambush", [
        ("AP", "2024-03-24T13:15", "IS bomb and gunfire kill 11 truffle hunters in northern Syria",
         "BEIRUT (AP) — Islamic State militants detonated a bomb as a vehicle carrying truffle hunters passed in the Raqqa desert on Sunday and then opened fire, killing 11 people and abducting three, a war monitor said."),
        ("DW", "2024-03-24T16:30", "IS attack on truffle hunters in Syria comes as group claims Moscow massacre",
         "Most of those killed were members of government forces, according to the Syrian Observatory. The attack came two days after Islamic State claimed the shooting at a Moscow concert hall that killed more than 130 people."),
        ("Guardian", "2024-03-25T08:40", "Islamic State regroups in Syria's desert as truffle season toll mounts",
         "The monitor says jihadist cells have killed more than 180 pro-government fighters in the Badia since January, a sign that the group remains a potent threat five years after the fall of Baghuz."),
    ]),

    # ------------------------------------------------------------ The Sweida protest movement, Feb - Apr 2024
    ("sweida-protests-2024", "baath-branch-stormed", [
        ("Al Jazeera", "2024-02-27T15:30", "Sweida protesters stage general strike, storm Baath Party office",
         "Shops closed across the Druze-majority city as demonstrators in their seventh month of protests against Bashar al-Assad stormed a branch of the ruling party and threw its files into the street."),
        ("France 24", "2024-02-27T18:20", "Strike and sit-ins as Syria's Druze heartland keeps up anti-Assad protests",
         "The movement, which began in August over fuel subsidy cuts, now demands a political transition under UN resolution 2254. Organisers say they are protesting against plans to reopen a government 'settlement' centre in the city."),
    ]),
    ("sweida-protests-2024", "protester-shot-dead", [
        ("Reuters", "2024-02-28T14:50", "Protester killed as Syrian security forces fire on Sweida demonstration",
         "BEIRUT (Reuters) - Syrian security forces opened fire on protesters in the southern city of Sweida on Wednesday, killing one man, local activists said, the first death since anti-government demonstrations erupted in the province six months ago."),
        ("Al Jazeera", "2024-02-28T19:10", "Regime forces kill protester in Syria's Druze-majority Sweida",
         "Jawad al-Barouki, 52, died of gunshot wounds after guards at the April 7 Hall, where a security settlement centre had reopened, fired to disperse demonstrators trying to enter. Another protester was wounded."),
        ("BBC", "2024-02-28T22:00", "Gunfire and grenade attacks in Sweida hours after protester killed",
         "Unidentified attackers fired rocket-propelled grenades at security buildings and a Baath Party office in the city overnight, local media reported, as Druze leaders called for calm."),
    ]),
    ("sweida-protests-2024", "barouki-funeral", [
        ("Al Jazeera", "2024-02-29T16:20", "'Won't back down': Sweida mourns first protester killed by regime",
         "Thousands of mourners and protesters attended the funeral of Jawad al-Barouki, a lawyer and father of two, chanting against Assad. Activists said the killing would bring more people into the squares."),
        ("France 24", "2024-02-29T19:40", "Druze clerics join huge funeral for slain Sweida protester",
         "Sheikh Hamoud al-Hinnawi, one of the community's spiritual leaders, attended, while Sheikh Hikmat al-Hijri called al-Barouki a 'martyr of duty' and urged protesters to keep their movement peaceful."),
    ]),
    ("sweida-protests-2024", "protesters-vow-to-continue", [
        ("AP", "2024-03-02T12:30", "US 'greatly concerned' over killing of Syrian protester as Sweida rallies go on",
         "BEIRUT (AP) — The U.S. said it was greatly concerned by the excessive use of force in Sweida, as thousands rallied again in the city's Karama Square to demand President Bashar Assad step down."),
        ("Guardian", "2024-03-02T17:15", "Sweida's protesters defiant after first death, saying they expect nothing from the West",
         "Demonstrators said they would keep holding peaceful rallies until UN resolution 2254 was implemented, and that statements of concern from Washington counted for little after 13 years of war."),
    ]),
    ("sweida-protests-2024", "officers-detained-student-arrest", [
        ("AP", "2024-04-25T15:40", "Armed locals in Syria's Sweida detain officers to demand release of student",
         "BEIRUT (AP) — Local gunmen in the southern province of Sweida detained several Syrian security officers on Thursday, including the head of the city's passport office, to press for the release of a university student arrested in Latakia, activists said."),
        ("Al Jazeera", "2024-04-25T19:20", "Sweida tension rises as factions hold officers over student's detention",
         "The student, from Sweida, was arrested months ago at Tishreen University over his support for the protest movement, local media said. Residents fear the standoff could hand Damascus a pretext to move against the protests."),
    ]),
    ("sweida-protests-2024", "government-reinforcements-sweida", [
        ("Al Jazeera", "2024-04-28T12:10", "Syria sends military reinforcements into Sweida amid protest standoff",
         "Columns of buses carrying security personnel and vehicles mounted with machine guns entered Sweida city, local media said, after the student was freed and most of the detained officers released."),
        ("DW", "2024-04-29T09:30", "Reinforcements in Sweida raise fears of crackdown on Syria's protest movement",
         "A Republican Guard unit with tanks was reported at the Khalkhala airbase in the north of the province. The government has so far avoided a violent crackdown on the eight-month-old protests."),
        ("Guardian", "2024-04-29T16:50", "Druze leaders warn Damascus against force as troops arrive in Sweida",
         "Activists said the deployment was the largest in the province in years. Sheikh Hikmat al-Hijri said the protests would remain peaceful but that residents had the right to defend themselves."),
    ]),

    # ------------------------------------------------------------ Syrians in Lebanon and the boats to Cyprus, Apr 2024
    ("lebanon-cyprus-refugees-2024", "cyprus-alarm-arrivals", [
        ("Reuters", "2024-04-02T12:50", "Cyprus alarmed by surge in Syrian boat arrivals from Lebanon",
         "LARNACA, Cyprus (Reuters) - Cyprus expressed deep concern on Tuesday at a sharp rise in Syrian refugees arriving by boat from Lebanon, with President Nikos Christodoulides saying the island was in a state of serious crisis."),
        ("DW", "2024-04-02T16:10", "Metsola visits Cyprus as migrant boats from Lebanon multiply",
         "European Parliament President Roberta Metsola toured a rescue centre in Larnaca. Cyprus recorded more than 2,000 sea arrivals in the first three months of the year, against fewer than 80 in the same period last year."),
    ]),
    ("lebanon-cyprus-refugees-2024", "christodoulides-beirut-visit", [
        ("AP", "2024-04-08T14:20", "Cyprus president in Beirut urges Lebanon to stop migrant boats",
         "BEIRUT (AP) — Cypriot President Nikos Christodoulides met caretaker Prime Minister Najib Mikati on Monday and called on the European Union to give cash-strapped Lebanon financial support to stop Syrian refugees heading to the island."),
        ("France 24", "2024-04-08T18:30", "Lebanon and Cyprus call for EU help as Syrians take to the sea",
         "Mikati said Lebanon could not be a guardian of Europe's borders without help, and renewed calls for the return of Syrians to areas of their country he said were now safe."),
    ]),
    ("lebanon-cyprus-refugees-2024", "sleiman-killing-backlash", [
        ("Reuters", "2024-04-08T20:40", "Lebanese army says Syrian gang killed Christian party official, body taken to Syria",
         "BEIRUT (Reuters) - Pascal Sleiman, a Lebanese Forces official abducted in the Jbeil area on Sunday, was killed by a gang of Syrians trying to steal his car who then took his body into Syria, the Lebanese army said."),
        ("Al Jazeera", "2024-04-09T11:15", "Syrians attacked in Lebanon after killing of Lebanese Forces official",
         "Videos showed men beating Syrians in several Christian areas, and some municipalities ordered Syrians to leave. The Lebanese Forces rejected the army's account and suggested a political motive, while Hezbollah denied any role."),
        ("Guardian", "2024-04-09T17:30", "Anti-Syrian anger flares in Lebanon as refugees fear reprisals",
         "Aid groups said many Syrian refugees were staying indoors. Politicians across the spectrum used the killing to renew demands for mass returns to Syria, where the UN says conditions are not safe."),
    ]),
    ("lebanon-cyprus-refugees-2024", "cyprus-asylum-freeze", [
        ("AP", "2024-04-13T15:45", "Cyprus suspends processing of Syrian asylum applications as boats keep arriving",
         "NICOSIA, Cyprus (AP) — Cyprus said Saturday it was suspending processing of all asylum applications by Syrian nationals, partly to press the European Union to redesignate some areas of Syria as safe for returns."),
        ("Reuters", "2024-04-14T09:20", "Cyprus halts Syrian asylum claims in 'emergency measure' after spike",
         "NICOSIA (Reuters) - More than 1,000 people have reached Cyprus on boats from Lebanon since the start of April, authorities said, as President Christodoulides and Ursula von der Leyen discussed a reinforced aid package for Lebanon."),
        ("Al Jazeera", "2024-04-14T13:40", "Syrians arriving in Cyprus to be confined to camps under asylum freeze",
         "Asylum seekers will be held in two reception centres with food and shelter but no other benefits; those who leave will forfeit support and will not be allowed to work, government sources said."),
    ]),
    ("lebanon-cyprus-refugees-2024", "lebanon-tightens-rules", [
        ("AP", "2024-04-16T14:00", "Lebanon's interior minister says Syrians without papers will face action",
         "BEIRUT (AP) — Caretaker Interior Minister Bassam Mawlawi said Lebanon would strictly enforce residency and labour rules on Syrians and that most of Syria was safe for return, as tensions rose after the killing of a local politician."),
        ("DW", "2024-04-17T10:30", "Lebanon cracks down on Syrian refugees amid rising hostility",
         "General Security said it would close shops run by Syrians without permits and speed up deportations of those in the country illegally. Rights groups warned that forced returns expose refugees to arrest and abuse in Syria."),
    ]),
]
