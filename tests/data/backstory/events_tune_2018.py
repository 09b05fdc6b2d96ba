# ruff: noqa: E501  (gold data: reports are kept whole, as outlets would write them)
"""Tune histories (written blind on 2026-11-28, then added to tune), mid-September 2018 to end of March 2019: (thread, event, reports).

A report is (source, "YYYY-MM-DDTHH:MM" UTC, title, summary). Written for the project from
real events, from memory of public reporting and not checked against sources: tolls,
counts and some exact dates are approximate (the labels, not the figures, are what is scored);
each outlet tells an event in its own words. Eight threads run in overlapping
weeks and share actors and places (Russia, Turkey, Israel, the US, the SDF and YPG, Hayat
Tahrir al-Sham, Damascus, Idlib, Manbij, the Golan, Jordan), so telling them apart takes more
than matching names:

- sochi-idlib-2018: the Russia-Turkey Sochi deal on an Idlib demilitarised zone, its
  implementation and its erosion (September 2018 - March 2019);
- il20-s300-2018: the Russian Il-20 shot down by Syrian air defences during an Israeli
  strike, the row with Israel and the S-300 delivery (September - December 2018);
- arab-normalisation-2018: the Nassib/Jaber crossing with Jordan and Arab states restoring
  ties with Damascus (October 2018 - January 2019);
- us-withdrawal-2018: Turkey's threats east of the Euphrates, Trump's pullout order,
  Mattis's resignation, Bolton's conditions and the safe-zone row (December 2018 - January 2019);
- hts-idlib-2019: Hayat Tahrir al-Sham's takeover of most of Idlib from Turkey-backed
  rebels (January 2019);
- manbij-bombing-2019: the Islamic State suicide bombing that killed Americans in Manbij
  and its aftermath (January 2019);
- baghuz-2019: the SDF's final battle for Baghuz and the crisis at al-Hol camp
  (February - March 2019);
- golan-recognition-2019: US recognition of Israeli sovereignty over the Golan Heights
  (March 2019).
"""

EVENTS = [
    # ------------------------------------------------------------ Sochi deal on Idlib, Sept 2018 - Mar 2019
    ("sochi-idlib-2018", "sochi-deal-agreed", [
        ("Reuters", "2018-09-17T15:10", "Russia and Turkey agree to create demilitarized zone in Syria's Idlib",
         "SOCHI, Russia (Reuters) - Russia and Turkey will set up a demilitarized zone in Syria's Idlib province from which radical rebels must withdraw by the middle of next month, President Vladimir Putin said on Monday after talks with Turkish President Tayyip Erdogan."),
        ("Al Jazeera", "2018-09-17T18:20", "Putin and Erdogan agree on Idlib buffer zone, averting offensive",
         "The 15-20km-deep zone along the front line will be patrolled by Turkish and Russian forces and heavy weapons must be removed from it by October 10, the two leaders said in the Black Sea resort. Russia's defence minister said no military operation against the rebel-held province was now planned."),
        ("BBC", "2018-09-17T20:05", "Syria war: Russia and Turkey to set up Idlib buffer zone",
         "Some three million people live in the last major rebel-held region, and aid agencies had warned that an assault by government forces backed by Russian air power could cause a humanitarian catastrophe. Jihadist groups including Hayat Tahrir al-Sham are to leave the zone by 15 October."),
        ("France 24", "2018-09-18T09:40", "Damascus welcomes Russian-Turkish deal on Idlib",
         "Syria's government said it welcomed the accord reached in Sochi but would keep fighting until it recovered every inch of its territory, state news agency SANA reported, citing a foreign ministry source. Iran also hailed the agreement."),
    ]),
    ("sochi-idlib-2018", "idlib-heavy-weapons-out", [
        ("Reuters", "2018-10-08T15:30", "Syrian rebels say heavy weapons pulled out of Idlib buffer zone",
         "BEIRUT (Reuters) - Turkey-backed rebels in northwest Syria have completed the withdrawal of heavy weapons from the planned buffer zone agreed by Ankara and Moscow, a spokesman for the National Liberation Front said on Monday."),
        ("AP", "2018-10-10T11:50", "Turkey says heavy arms removed from Syria's Idlib front line",
         "ANKARA, Turkey (AP) — Turkey's Defense Ministry said Wednesday that tanks, rocket launchers and mortars had been pulled out of the demilitarized zone around Idlib by the Oct. 10 deadline, and that work to make the zone hold was continuing."),
        ("Al Jazeera", "2018-10-10T16:45", "Idlib: Heavy weapons withdrawal done, jihadist deadline looms",
         "With the first stage of the Sochi agreement met, attention turns to whether Hayat Tahrir al-Sham, the strongest armed group in the province, will pull its fighters out of the zone by Monday. The group has yet to state its position publicly."),
    ]),
    ("sochi-idlib-2018", "idlib-deadline-passes", [
        ("Reuters", "2018-10-14T19:10", "Jihadist alliance in Idlib signals it will keep its weapons",
         "BEIRUT (Reuters) - Hayat Tahrir al-Sham, the most powerful jihadist group in Syria's Idlib, said on Sunday it would not abandon jihad or its weapons, without explicitly rejecting the Russian-Turkish deal on the eve of the deadline for hardliners to leave the buffer zone."),
        ("France 24", "2018-10-15T10:30", "Deadline passes for jihadists to quit Idlib buffer zone",
         "The deadline for jihadists to withdraw from the demilitarised zone ringing Syria's last rebel bastion expired on Monday with no sign they had left, the Syrian Observatory for Human Rights said. Foreign Minister Walid al-Moallem said the army stood ready around Idlib if the deal was not implemented."),
        ("DW", "2018-10-15T15:20", "Kremlin says Idlib deal on track despite missed deadline",
         "Moscow said the Sochi agreement was being implemented and that its military was satisfied with Turkey's efforts, even though Tahrir al-Sham fighters remained in parts of the 15-20 kilometer strip around Idleb."),
    ]),
    ("sochi-idlib-2018", "istanbul-four-way-summit", [
        ("Reuters", "2018-10-27T16:40", "Turkey, Russia, France, Germany call for lasting Idlib ceasefire",
         "ISTANBUL (Reuters) - The leaders of Turkey, Russia, France and Germany called on Saturday for a lasting ceasefire in Syria's Idlib province and for a committee to draft a new Syrian constitution to meet before the end of the year."),
        ("AP", "2018-10-27T18:05", "4-way summit in Istanbul seeks political path for Syria",
         "ISTANBUL (AP) — Recep Tayyip Erdogan hosted Vladimir Putin, Emmanuel Macron and Angela Merkel for talks on Syria's war, with the Russian leader saying Moscow reserved the right to help Damascus eliminate terrorist threats if militants in Idlib launched attacks."),
        ("DW", "2018-10-27T19:30", "Merkel at Syria summit: Idlib truce must hold",
         "Chancellor Angela Merkel said the demilitarized zone agreed by Russia and Turkey had to be preserved and the constitutional committee set up quickly, as the four leaders met in this format for the first time."),
    ]),
    ("sochi-idlib-2018", "aleppo-gas-russian-strikes", [
        ("Reuters", "2018-11-25T07:15", "Dozens treated after suspected gas attack on Syria's Aleppo, state media say",
         "BEIRUT (Reuters) - Around 100 people were treated for breathing problems after what Syrian state media said was a toxic gas attack by insurgents on government-held Aleppo late on Saturday. Rebel officials denied using chemical weapons."),
        ("AP", "2018-11-25T13:40", "Russia strikes Syrian militants it blames for Aleppo gas attack",
         "MOSCOW (AP) — Russian warplanes struck militant positions in the buffer zone around Idlib after insurgents fired shells filled with chlorine at Aleppo, the Russian Defense Ministry said Sunday, adding that Turkey had been warned in advance over a hotline."),
        ("Al Jazeera", "2018-11-25T17:50", "First Russian air raids on Idlib buffer zone since Sochi deal",
         "Russian jets hit rebel-held areas west of Aleppo city, the first air strikes on the demilitarised zone since Moscow and Ankara agreed it in September. Opposition figures accused the government of staging the chlorine incident to justify an offensive."),
    ]),
    ("sochi-idlib-2018", "sochi-three-way-summit", [
        ("Reuters", "2019-02-14T15:30", "Putin says Idlib violations cannot be tolerated as he hosts Erdogan, Rouhani",
         "SOCHI, Russia (Reuters) - Russian President Vladimir Putin said on Thursday the situation in Syria's Idlib could not be tolerated indefinitely and proposed that Russia, Turkey and Iran take concrete steps to destroy what he called a nest of terrorists there."),
        ("Al Jazeera", "2019-02-14T18:10", "Russia, Turkey, Iran pledge 'concrete steps' on Idlib after Sochi summit",
         "In a joint statement, the three Astana guarantors agreed to coordinate efforts to stabilise Idlib, where Hayat Tahrir al-Sham now controls most of the province, and discussed the planned US pullout from the north-east."),
        ("France 24", "2019-02-14T20:00", "Erdogan presses safe zone plan at three-way Syria talks",
         "Turkey's president told his Russian and Iranian counterparts that Ankara was ready to set up a safe zone along its border in north-east Syria, as shelling by government forces on the edges of the Idlib buffer zone intensified."),
    ]),
    ("sochi-idlib-2018", "idlib-joint-patrols", [
        ("Reuters", "2019-03-08T11:20", "Turkey and Russia begin patrols in and around Syria's Idlib",
         "ANKARA (Reuters) - Turkish and Russian forces began patrols in and around Syria's northwestern Idlib region on Friday under last September's agreement, Defence Minister Hulusi Akar said, with Turkish troops in the demilitarised zone and Russian ones outside it."),
        ("Al Jazeera", "2019-03-08T15:00", "Turkish troops patrol Idlib buffer zone after weeks of shelling",
         "Turkish armoured vehicles moved into the demilitarised zone as government shelling of southern Idlib and northern Hama went on. The Syrian Observatory says some 160 civilians have been killed in the area since the Sochi deal was signed."),
    ]),
    ("sochi-idlib-2018", "russia-strikes-idlib-city", [
        ("AP", "2019-03-13T17:30", "Russia bombs Syria's Idlib, says it hit militants' drone depot",
         "BEIRUT (AP) — Russian warplanes struck the rebel-held city of Idlib on Wednesday, the Defense Ministry in Moscow said, targeting a warehouse where it said militants kept drones for an attack on the Hmeimim air base. It said the strike was coordinated with Turkey."),
        ("Reuters", "2019-03-13T19:45", "Air strikes pound Idlib city as Russia targets jihadists",
         "BEIRUT (Reuters) - Air strikes hit the city of Idlib on Wednesday, killing civilians, rescue workers said, after Moscow said its jets had destroyed a Hayat Tahrir al-Sham arms depot there in coordination with Ankara."),
        ("Al Jazeera", "2019-03-14T09:10", "Idlib residents fear offensive as Russian jets return",
         "Wednesday's raids were the first Russian strikes on the provincial capital since the Sochi agreement, and came days after joint patrols began. Moscow says its patience with HTS, which controls most of Idlib, is running out."),
    ]),

    # ------------------------------------------------------------ Il-20 downing and S-300s, Sept - Dec 2018 (same weeks)
    ("il20-s300-2018", "il20-missing", [
        ("Reuters", "2018-09-17T22:50", "Russian military plane with 14 aboard disappears off Syria during attack",
         "MOSCOW (Reuters) - A Russian Il-20 military aircraft with 14 servicemen aboard disappeared from radar over the Mediterranean Sea on Monday evening while Israeli jets were attacking targets in Syria's Latakia province, Russia's Defence Ministry said."),
        ("AP", "2018-09-18T04:15", "Russia says it lost military plane near Syria amid airstrikes",
         "MOSCOW (AP) — Contact with the Il-20 reconnaissance plane was lost about 35 kilometers (22 miles) off the Syrian coast as it returned to the Hmeimim air base, the ministry said, adding that its radar had also registered missile launches from a French frigate in the area."),
        ("France 24", "2018-09-18T07:30", "France denies role in disappearance of Russian plane off Syria",
         "The French military said it was not involved after Moscow said it had detected rocket launches from the frigate Auvergne when the aircraft vanished. Syrian state media said air defences had intercepted missiles fired at Latakia."),
    ]),
    ("il20-s300-2018", "russia-blames-israel", [
        ("Reuters", "2018-09-18T10:40", "Russia blames Israel after Syria shoots down Russian military plane",
         "MOSCOW (Reuters) - Russia's Defence Ministry said on Tuesday Syrian anti-aircraft fire had brought down its Il-20 by mistake, killing all 15 people on board, but blamed Israel, saying its F-16s had used the Russian plane as cover and gave less than a minute's warning."),
        ("BBC", "2018-09-18T13:20", "Putin calls plane loss 'chain of tragic accidental circumstances'",
         "Vladimir Putin struck a softer tone than his defence ministry, saying an Israeli jet had not shot down the Il-20, but promised steps to boost the safety of Russian personnel in Syria."),
        ("Guardian", "2018-09-18T16:05", "Israel expresses sorrow over Russian plane but blames Assad",
         "In a rare acknowledgement of an operation in Syria, Israel's military said its jets had struck a Syrian army facility about to transfer weapons-making systems to Hezbollah, and that the Assad regime, Iran and Hezbollah bore responsibility for the loss of the Russian aircraft."),
    ]),
    ("il20-s300-2018", "israeli-delegation-moscow", [
        ("Reuters", "2018-09-20T14:50", "Israeli air force chief briefs Moscow on downed Russian plane",
         "JERUSALEM (Reuters) - Israel's air force commander, Major General Amikam Norkin, presented Russian officials in Moscow on Thursday with the findings of an inquiry that concluded Syrian anti-aircraft fire had been extensive and inaccurate and that Israeli jets were back in Israeli airspace when the plane was hit."),
        ("Al Jazeera", "2018-09-20T17:30", "Israel sends military delegation to Russia over Il-20 downing",
         "Israel said its pilots had not hidden behind the Russian aircraft, as it sought to contain the worst crisis with Moscow since Russia intervened in Syria in 2015 and to preserve the hotline that lets its jets strike Iranian targets."),
    ]),
    ("il20-s300-2018", "russia-presents-findings", [
        ("AP", "2018-09-23T12:30", "Russia says Israeli pilots' actions caused plane loss off Syria",
         "MOSCOW (AP) — Russia's military said Sunday that Israeli jets deliberately put the Il-20 in danger, presenting a minute-by-minute account in which an F-16 hid behind the surveillance plane as Syrian S-200 missiles were fired, and rejecting Israel's version."),
        ("DW", "2018-09-23T15:10", "Moscow puts 'full blame' on Israel for Il-20 crash",
         "Defense Ministry spokesman Igor Konashenkov said Israel's air force had misinformed Russian officers about the location of its strike near Latakia and that the warning came too late for the aircraft to reach safety."),
    ]),
    ("il20-s300-2018", "s300-announced", [
        ("Reuters", "2018-09-24T11:15", "Russia to supply Syria with S-300 missile system within two weeks",
         "MOSCOW (Reuters) - Russia will supply Syria with the advanced S-300 air defence system within two weeks, Defence Minister Sergei Shoigu said on Monday, and will jam the satellite navigation and radar of warplanes attacking Syria from over the Mediterranean."),
        ("BBC", "2018-09-24T14:40", "Russia to give Syria S-300 air defences after plane downing",
         "Moscow said the move was a response to the loss of its Il-20 last week, which it blamed on Israel. President Putin informed Bashar al-Assad of the decision by phone, the Kremlin said."),
        ("Guardian", "2018-09-24T19:20", "Bolton calls Russian missile plan for Syria 'major mistake'",
         "The US national security adviser said delivering the S-300 to Damascus would be a significant escalation, while Benjamin Netanyahu told Vladimir Putin that advanced weapons in irresponsible hands would raise the dangers in the region."),
    ]),
    ("il20-s300-2018", "s300-delivered", [
        ("Reuters", "2018-10-02T11:40", "Russia says it has delivered S-300 missile system to Syria",
         "MOSCOW (Reuters) - Russia has completed delivery of the S-300 surface-to-air missile system to Syria, Defence Minister Sergei Shoigu told President Vladimir Putin on Tuesday, a move Israel has warned could embolden Damascus."),
        ("Al Jazeera", "2018-10-02T16:20", "S-300 arrives in Syria: What it means for Israeli air raids",
         "Shoigu said 49 pieces of equipment, including radars, control vehicles and four launchers, had been shipped, and that Syrian crews would need about three months of training to operate the system."),
    ]),
    ("il20-s300-2018", "netanyahu-putin-paris", [
        ("Reuters", "2018-11-11T17:05", "Netanyahu says had 'good' talk with Putin, first since plane downing",
         "PARIS (Reuters) - Israeli Prime Minister Benjamin Netanyahu said on Sunday he had a good and important conversation with Russian President Vladimir Putin at the World War One commemorations in Paris, their first meeting since Syria shot down a Russian plane in September."),
        ("DW", "2018-11-11T20:15", "Netanyahu and Putin meet briefly in Paris amid Syria strains",
         "The two leaders spoke on the sidelines of an Elysee Palace lunch, with Netanyahu saying military coordination over Syria would continue. Ties have been strained since Moscow blamed Israel for the Il-20's loss and sent S-300s to Damascus."),
    ]),
    ("il20-s300-2018", "damascus-strikes-airliners", [
        ("Reuters", "2018-12-25T21:40", "Syria says air defences intercept Israeli missiles near Damascus",
         "BEIRUT (Reuters) - Syrian air defences intercepted missiles fired by Israeli jets from Lebanese airspace near Damascus on Tuesday night, state media said, adding that three soldiers were wounded and an ammunition depot was hit."),
        ("AP", "2018-12-26T10:20", "Russia says Israeli strike on Syria endangered passenger flights",
         "MOSCOW (AP) — The Russian Defense Ministry said Wednesday that Israel's airstrike near Damascus had put two civilian airliners about to land at Damascus and Beirut airports in danger, calling the raid provocative."),
        ("Al Jazeera", "2018-12-26T13:00", "Israeli raid near Damascus hit weapons depots, monitor says",
         "The Syrian Observatory said the strikes targeted Iranian and Hezbollah arms depots west of the capital. Israel's military declined to comment on the raid but said it had activated air defences against a Syrian anti-aircraft missile."),
    ]),

    # ------------------------------------------------------------ Jordan crossing and Arab states back in Damascus, Oct 2018 - Jan 2019
    ("arab-normalisation-2018", "nassib-reopening-agreed", [
        ("Reuters", "2018-10-14T13:20", "Jordan and Syria agree to reopen main border crossing on Monday",
         "AMMAN (Reuters) - Jordan and Syria agreed on Sunday to reopen the Nassib-Jaber border crossing from Monday, a Jordanian government spokeswoman said, three years after it was shut when rebels seized the Syrian side."),
        ("Al Jazeera", "2018-10-14T16:40", "Jordan-Syria crossing to reopen after three-year closure",
         "A joint technical committee finalised arrangements for the Jaber-Nassib crossing, once a lifeline for trade between Turkey, Syria and the Gulf, Jordan's government said. Syrian government forces retook the area from rebels in July."),
    ]),
    ("arab-normalisation-2018", "nassib-reopens", [
        ("AP", "2018-10-15T09:30", "Syria reopens crossings with Jordan and Israeli-held Golan",
         "NASSIB, Syria (AP) — Syria reopened its main border crossing with Jordan on Monday, and the U.N. reopened the Quneitra crossing between Syria and the Israeli-occupied Golan Heights to its peacekeepers, two signs of Damascus reasserting control over its frontiers."),
        ("BBC", "2018-10-15T12:45", "Jordan-Syria border crossing reopens after three years",
         "Cars and lorries began moving through Jaber, the Jordanian side of the Nassib post, which before the war carried billions of dollars' worth of goods a year between Europe, Turkey and the Gulf."),
        ("DW", "2018-10-15T16:10", "Nassib reopening a boost for Assad and Jordan's economy",
         "Jordanian traders hope the crossing will revive exports hit by the war, while Damascus is counting on transit fees. Many of the roughly 670,000 Syrian refugees registered in Jordan remain wary of going home."),
    ]),
    ("arab-normalisation-2018", "jordan-mps-meet-assad", [
        ("Reuters", "2018-11-19T15:00", "Assad receives Jordanian lawmakers in sign of thaw",
         "DAMASCUS (Reuters) - Syrian President Bashar al-Assad met a delegation of Jordanian members of parliament in Damascus on Monday, state media said, the latest sign of warming ties between the neighbours after the Nassib crossing reopened."),
        ("Al Jazeera", "2018-11-20T09:00", "Jordanian MPs' meeting with Assad stirs debate in Amman",
         "The eight-member delegation, led by former speaker Abdul Karim al-Doghmi, discussed reviving economic and trade ties; a parliamentary source said the trip was an initiative of its members rather than an official mission of the lower house."),
    ]),
    ("arab-normalisation-2018", "bashir-visits-damascus", [
        ("Reuters", "2018-12-16T19:30", "Sudan's Bashir visits Syria, first Arab leader since war began",
         "DAMASCUS (Reuters) - Sudanese President Omar al-Bashir arrived in Damascus on Sunday and met President Bashar al-Assad, the first visit by an Arab League head of state to Syria since the start of the war, Syrian state media said."),
        ("AP", "2018-12-16T21:10", "Sudan's al-Bashir makes surprise trip to Damascus",
         "DAMASCUS, Syria (AP) — Omar al-Bashir was greeted by Assad at Damascus airport before the two leaders held talks at the presidential palace, state TV showed. The Sudanese leader, wanted by the International Criminal Court, flew in on a Russian plane."),
        ("Al Jazeera", "2018-12-17T08:30", "What does Omar al-Bashir's Syria visit mean?",
         "Analysts say the unannounced trip could herald a broader Arab opening to Assad, seven years after Syria's membership of the Arab League was suspended over the crackdown on protesters."),
    ]),
    ("arab-normalisation-2018", "uae-embassy-reopens", [
        ("Reuters", "2018-12-27T14:20", "UAE reopens Syria embassy in boost for Assad",
         "DAMASCUS (Reuters) - The United Arab Emirates reopened its embassy in Damascus on Thursday, a diplomatic boost for President Bashar al-Assad from a U.S.-allied Arab state that once backed rebels fighting to topple him."),
        ("BBC", "2018-12-27T17:00", "UAE flag raised again over Damascus embassy",
         "Emirati charge d'affaires Abdul Hakim al-Naimi attended a ceremony at the mission, shut since 2012. The UAE foreign ministry said it wanted relations to return to their normal course and to curb regional interference in Arab affairs."),
        ("Guardian", "2018-12-27T19:40", "Gulf states edge back towards Assad as UAE reopens embassy",
         "The reopening, which Gulf officials present as a way to counter Iranian and Turkish influence in Syria, comes amid growing talk among Arab League members of readmitting Damascus."),
    ]),
    ("arab-normalisation-2018", "bahrain-embassy-continues", [
        ("Reuters", "2018-12-28T10:30", "Bahrain says no interruption to diplomatic ties with Syria",
         "DUBAI (Reuters) - Bahrain said on Friday its embassy in Damascus and the Syrian mission in Manama were operating without interruption, a day after the United Arab Emirates reopened its embassy in Syria."),
        ("Al Jazeera", "2018-12-28T14:15", "Bahrain says work in Syria embassy 'continuing' after UAE move",
         "Bahrain's foreign ministry said flights between the two countries would continue and stressed the need to activate the Arab role to preserve Syria's sovereignty and keep out regional interference."),
        ("France 24", "2018-12-28T18:00", "After UAE and Bahrain, who is next to restore ties with Damascus?",
         "Bahrain, a close ally of Saudi Arabia, moved within hours of the Emiratis, fuelling speculation that Riyadh could follow. Syria's seat at the Arab League has been frozen since November 2011."),
    ]),
    ("arab-normalisation-2018", "jordan-charge-daffaires", [
        ("Reuters", "2019-01-22T13:40", "Jordan upgrades diplomatic representation in Syria",
         "AMMAN (Reuters) - Jordan said on Tuesday it had appointed a senior diplomat as charge d'affaires at its embassy in Damascus, the latest Arab country to move towards restoring ties with Bashar al-Assad's government."),
        ("AP", "2019-01-22T16:05", "Jordan names envoy to Damascus as Arab thaw with Assad grows",
         "AMMAN, Jordan (AP) — Foreign Ministry spokesman Sufian Qudah said a diplomat with the rank of counselor would head the mission as acting charge d'affaires, in line with Jordan's policy of keeping its embassy open throughout the conflict."),
    ]),

    # ------------------------------------------------------------ US withdrawal and Turkey's threats, Dec 2018 - Jan 2019
    ("us-withdrawal-2018", "erdogan-threatens-operation", [
        ("Reuters", "2018-12-12T12:30", "Turkey will launch operation east of Euphrates in a few days: Erdogan",
         "ANKARA (Reuters) - Turkey will launch a military operation against U.S.-backed Kurdish YPG fighters east of the Euphrates river in northern Syria within days, President Tayyip Erdogan said on Wednesday."),
        ("AP", "2018-12-12T18:40", "Pentagon warns Turkey against unilateral move in Syria",
         "WASHINGTON (AP) — The Pentagon said unilateral military action into northeast Syria by any party would be of grave concern and unacceptable, particularly where U.S. personnel may be present, after Turkey's president said his army would move within days."),
        ("Al Jazeera", "2018-12-13T09:20", "Syria's Kurds brace for Turkish offensive east of Euphrates",
         "The Kurdish-led SDF said it would respond to any attack and warned that a Turkish offensive would pull its fighters away from the battle against ISIL around Hajin in Deir Az Zor province."),
    ]),
    ("us-withdrawal-2018", "trump-orders-withdrawal", [
        ("Reuters", "2018-12-19T16:30", "Trump orders full withdrawal of U.S. troops from Syria, declares victory over Islamic State",
         "WASHINGTON (Reuters) - President Donald Trump ordered the withdrawal of all U.S. troops from Syria on Wednesday, declaring they had succeeded in their mission to defeat Islamic State, in a move that upended American policy in the region."),
        ("BBC", "2018-12-19T19:10", "Trump: 'We have won against IS' as US troops pull out of Syria",
         "The roughly 2,000 US personnel in Syria are expected to leave within 60 to 100 days, officials said. 'We have defeated ISIS in Syria, my only reason for being there during the Trump Presidency,' the president tweeted."),
        ("Guardian", "2018-12-19T22:00", "Republican hawks and allies stunned by Trump's Syria pullout",
         "Senator Lindsey Graham called the decision a huge Obama-like mistake, and British officials said much remained to be done against Isis, while Kurdish commanders warned the pullout would leave a dangerous vacuum in north-east Syria."),
        ("Al Jazeera", "2018-12-20T08:30", "SDF warns US pullout will let ISIL regroup",
         "The Kurdish-led Syrian Democratic Forces said a hasty withdrawal would allow the group to revive and leave the region caught between hostile parties, a reference to Turkey and the Syrian government."),
    ]),
    ("us-withdrawal-2018", "mattis-resigns", [
        ("AP", "2018-12-20T22:40", "Mattis resigns after clashing with Trump over Syria",
         "WASHINGTON (AP) — Defense Secretary Jim Mattis will leave at the end of February, he announced Thursday, a day after President Donald Trump's surprise decision to pull troops from Syria. In a pointed letter, Mattis said Trump deserved a defense chief whose views were better aligned with his."),
        ("Reuters", "2018-12-21T02:15", "Mattis quits, rebuking Trump over treatment of allies",
         "WASHINGTON (Reuters) - U.S. Defense Secretary Jim Mattis said he was resigning, telling Trump in his letter that the United States must treat allies with respect, a rebuke issued a day after the president announced the Syria pullout."),
        ("France 24", "2018-12-21T10:15", "Mattis exit deepens allies' unease over Syria pullout",
         "France's defence minister said the Islamic State group had not been wiped off the map and that French troops in Syria would stay for now, as European allies digested the departure of the Pentagon chief seen as their steadiest ally in Washington."),
    ]),
    ("us-withdrawal-2018", "syrian-army-manbij-invitation", [
        ("Reuters", "2018-12-28T10:50", "Syrian army says it has entered Manbij after Kurdish invitation",
         "BEIRUT (Reuters) - The Syrian army said on Friday it had entered the Manbij region in northern Syria, after the Kurdish YPG militia invited government forces to protect the area from a threatened Turkish attack."),
        ("AP", "2018-12-28T15:30", "Erdogan dismisses Syrian army claim of entering Manbij",
         "ANKARA, Turkey (AP) — President Recep Tayyip Erdogan called the Syrian announcement a psychological operation and said Turkey would have nothing left to do there once the Kurdish militia left. The U.S.-led coalition said it had seen no change in the town."),
        ("Al Jazeera", "2018-12-28T19:45", "Kremlin welcomes Syrian troop deployment near Manbij",
         "Moscow called the move positive, while monitors said government forces had deployed only on the outskirts of Manbij near Arima, where US and French troops still patrol the town alongside the local military council."),
    ]),
    ("us-withdrawal-2018", "bolton-sets-conditions", [
        ("Reuters", "2019-01-06T10:30", "Bolton says U.S. pullout from Syria depends on Turkey protecting Kurds",
         "JERUSALEM (Reuters) - U.S. national security adviser John Bolton said on Sunday the withdrawal of American troops from northeast Syria was conditional on defeating Islamic State remnants and Turkey guaranteeing the safety of Kurdish fighters allied with Washington."),
        ("Guardian", "2019-01-06T17:30", "Bolton signals slower Syria exit on visit to Israel",
         "Speaking in Jerusalem alongside Benjamin Netanyahu, Bolton said there was no fixed timetable for the pullout, while Donald Trump told reporters US troops would not finally leave until Isis was gone."),
    ]),
    ("us-withdrawal-2018", "erdogan-rebuffs-bolton", [
        ("AP", "2019-01-08T12:40", "Erdogan rejects Bolton's call to protect Syrian Kurds",
         "ANKARA, Turkey (AP) — Turkey's president said Tuesday that John Bolton had made a serious mistake by demanding protection for Kurdish fighters and that Turkey would make no concessions, as the U.S. national security adviser held talks in Ankara."),
        ("Reuters", "2019-01-08T15:55", "Bolton leaves Turkey without meeting Erdogan",
         "ANKARA (Reuters) - U.S. national security adviser John Bolton left Turkey on Tuesday after talks with presidential spokesman Ibrahim Kalin but no meeting with Tayyip Erdogan, exposing a deep rift over the fate of the YPG after the U.S. pullout."),
        ("BBC", "2019-01-08T18:20", "Erdogan: Bolton's Kurdish message 'cannot be swallowed'",
         "Turkey's president told MPs from his party that preparations for an operation against the YPG east of the Euphrates were largely complete, insisting that Ankara was not targeting Kurds but a terrorist group."),
    ]),
    ("us-withdrawal-2018", "coalition-begins-pullout", [
        ("Reuters", "2019-01-11T13:30", "U.S.-led coalition begins withdrawal from Syria",
         "BEIRUT (Reuters) - The U.S.-led coalition fighting Islamic State has begun the process of its withdrawal from Syria, a spokesman said on Friday, declining to give timetables or troop movements for security reasons."),
        ("AP", "2019-01-11T17:20", "US official: equipment, not troops, leaving Syria for now",
         "WASHINGTON (AP) — The first moves involve some military equipment rather than forces, a U.S. defense official said, and troop numbers could briefly rise to protect the pullout. A war monitor reported a convoy leaving the Rmeilan area of Hasakah province for Iraq."),
    ]),
    ("us-withdrawal-2018", "trump-threatens-turkey", [
        ("Reuters", "2019-01-13T23:40", "Trump threatens Turkey with economic devastation if it hits Kurds",
         "WASHINGTON (Reuters) - President Donald Trump warned Turkey on Sunday of economic devastation if it attacks Kurdish forces in Syria after U.S. troops leave, and called for a 20-mile safe zone."),
        ("Al Jazeera", "2019-01-14T12:00", "Turkey says Trump's economic threats 'will get nowhere'",
         "Foreign Minister Mevlut Cavusoglu said strategic partners should not communicate over social media and that Ankara was not afraid of the YPG, but said Turkey was not against a security zone along its border."),
        ("DW", "2019-01-14T20:40", "Erdogan and Trump discuss Syria safe zone after tweet storm",
         "Turkey's presidency said the two leaders discussed creating a security zone cleared of terrorists in northern Syria during a phone call on Monday evening, a day after Trump's threat to wreck the Turkish economy."),
    ]),

    # ------------------------------------------------------------ HTS takes over Idlib, Jan 2019
    ("hts-idlib-2019", "hts-attacks-zinki", [
        ("Reuters", "2019-01-02T12:20", "Jihadists and Turkey-backed rebels clash in northwest Syria",
         "BEIRUT (Reuters) - Fighting erupted between the jihadist alliance Hayat Tahrir al-Sham and the Turkey-backed Nour al-Din al-Zinki group in the rebel-held countryside west of Aleppo, with HTS seizing several villages, a war monitor and rebels said."),
        ("Al Jazeera", "2019-01-02T17:50", "HTS fighters capture Darat Izza from rival rebels",
         "Hayat Tahrir al-Sham said it was responding to the killing of its members by Zinki fighters as it took the town of Darat Izza and nearby Khan al-Asal. The Turkish-backed National Liberation Front declared a general mobilisation."),
    ]),
    ("hts-idlib-2019", "idlib-infighting-spreads", [
        ("France 24", "2019-01-03T15:30", "Dozens killed as rebel infighting spreads in Syria's Idlib",
         "Clashes between HTS and Turkish-backed factions spread to southern Idlib province around Maaret al-Numan and Saraqeb, the Syrian Observatory for Human Rights said, with dozens of fighters and civilians killed since Tuesday."),
        ("AP", "2019-01-04T11:00", "Infighting in Syria's Idlib threatens Russia-Turkey truce",
         "BEIRUT (AP) — The al-Qaida-linked militants pressed their offensive against rival insurgents on Friday, raising fears that the collapse of Turkish-backed factions could hand Damascus and Moscow a pretext to attack the province."),
    ]),
    ("hts-idlib-2019", "zinki-routed", [
        ("Reuters", "2019-01-05T14:40", "Jihadists drive Turkey-backed rebels out of western Aleppo",
         "BEIRUT (Reuters) - Hayat Tahrir al-Sham took control of the countryside west of Aleppo from Nour al-Din al-Zinki after days of fighting, and Zinki fighters fled to the Turkish-controlled Afrin region, rebel sources said."),
        ("Al Jazeera", "2019-01-05T18:30", "Nour al-Din al-Zinki fighters retreat to Afrin",
         "The defeat of one of the largest factions of the National Liberation Front leaves HTS dominant across the western Aleppo countryside, from Darat Izza to Anjara, monitors said."),
    ]),
    ("hts-idlib-2019", "ahrar-dissolves-ghab", [
        ("Reuters", "2019-01-09T13:10", "Ahrar al-Sham yields Ghab plain to jihadists under deal",
         "BEIRUT (Reuters) - The rebel group Ahrar al-Sham agreed on Wednesday to dissolve itself in the Ghab plain and Jabal Shahshabo areas of Hama province and hand its heavy weapons to Hayat Tahrir al-Sham, a day after the jihadists attacked its positions."),
        ("DW", "2019-01-09T17:40", "Jihadist HTS tightens grip on Syria's rebel northwest",
         "Under the agreement, areas that Ahrar al-Sham held will be run by the Salvation Government, the civilian administration backed by HTS, while the group's fighters may keep light arms or leave for Afrin."),
    ]),
    ("hts-idlib-2019", "nlf-hts-truce", [
        ("Reuters", "2019-01-10T15:50", "Turkey-backed rebels cede Idlib to jihadist-run administration in truce",
         "BEIRUT (Reuters) - Turkey-backed rebels agreed on Thursday to hand areas they hold in Idlib to the administration run by jihadists, ending more than a week of fighting that left Hayat Tahrir al-Sham dominant in Syria's last big rebel stronghold."),
        ("BBC", "2019-01-10T19:20", "Jihadists tighten grip on Syria's Idlib after rebel deal",
         "Under the ceasefire, territory held by the National Liberation Front will come under the Salvation Government, backed by HTS, which is led by the former al-Qaeda affiliate once known as the Nusra Front."),
        ("Guardian", "2019-01-11T09:00", "Jihadist takeover of Idlib puts Turkey-Russia deal in doubt",
         "Analysts say HTS's control of most of the province, home to about three million people, weakens Ankara's hand and raises the prospect of a Russian-backed assault on the last rebel enclave."),
    ]),

    # ------------------------------------------------------------ Manbij bombing, Jan 2019 (same weeks as the pullout)
    ("manbij-bombing-2019", "manbij-suicide-bombing", [
        ("Reuters", "2019-01-16T11:40", "Blast kills U.S. troops in Syria's Manbij, Islamic State claims attack",
         "BEIRUT (Reuters) - A suicide bombing claimed by Islamic State killed U.S. service members in the northern Syrian town of Manbij on Wednesday, the U.S.-led coalition said, in an attack near a restaurant where American troops were present."),
        ("AP", "2019-01-16T21:10", "4 Americans killed in Syria suicide bombing claimed by IS",
         "WASHINGTON (AP) — Two U.S. service members, a Defense Department civilian and a contractor were killed when a suicide bomber struck a restaurant in the town of Manbij, U.S. Central Command said, and three more service members were wounded."),
        ("BBC", "2019-01-16T18:30", "Manbij attack: US troops among dead in IS-claimed bombing",
         "The explosion at the Palace of the Princes restaurant killed 19 people in total, according to the Syrian Observatory for Human Rights, including civilians and local fighters."),
        ("Al Jazeera", "2019-01-16T20:00", "ISIL attack in Manbij deadliest on US forces in Syria",
         "The bombing was the deadliest attack on American troops since they deployed in Syria in 2015, and came less than a month after Trump announced a pullout, saying ISIL had been defeated."),
    ]),
    ("manbij-bombing-2019", "manbij-reactions", [
        ("Reuters", "2019-01-16T22:30", "Pence says 'caliphate has crumbled' hours after Syria attack",
         "WASHINGTON (Reuters) - Vice President Mike Pence told U.S. diplomats that Islamic State had been defeated in a speech given hours after the Manbij bombing, later saying in a statement that Washington would never allow its remnants to re-establish their caliphate."),
        ("Guardian", "2019-01-17T08:20", "Graham urges Trump to rethink Syria exit after Manbij attack",
         "The Republican senator said the president's statements had set in motion enthusiasm among the enemy, and that the bombing showed Isis was not beaten."),
        ("France 24", "2019-01-17T10:45", "Erdogan suggests Manbij bombing aimed at swaying US decision",
         "Turkey's president said he believed the attack might be intended to influence Washington's withdrawal from Syria, and repeated that Turkey was ready to take over security in Manbij."),
    ]),
    ("manbij-bombing-2019", "manbij-victims-named", [
        ("AP", "2019-01-18T23:30", "Navy cryptologist, Army warrant officer among Manbij dead",
         "WASHINGTON (AP) — The Pentagon identified two of the Americans killed in Syria as Navy Chief Cryptologic Technician Shannon Kent, 35, and Army Chief Warrant Officer 2 Jonathan Farmer, 37, of Boynton Beach, Florida."),
        ("Reuters", "2019-01-19T14:10", "Former Navy SEAL, interpreter among Americans killed in Syria",
         "WASHINGTON (Reuters) - Scott Wirtz, a civilian Defense Intelligence Agency employee and former Navy SEAL, and Ghadir Taher, a Syrian-born interpreter working for a defense contractor, were the other two Americans killed in the Manbij bombing, officials and the company said."),
    ]),
    ("manbij-bombing-2019", "trump-dover", [
        ("AP", "2019-01-19T18:40", "Trump meets families of Americans killed in Syria at Dover",
         "DOVER AIR FORCE BASE, Del. (AP) — President Donald Trump traveled to Dover on Saturday for the return of the remains of the four Americans killed in the Manbij bombing, calling it a very sad moment."),
        ("BBC", "2019-01-19T21:30", "Trump attends return of Syria bombing victims",
         "The president met relatives of the dead privately before watching the dignified transfer, as he faced calls from members of both parties to slow the Syria pullout."),
    ]),
    ("manbij-bombing-2019", "shadadi-convoy-attack", [
        ("Reuters", "2019-01-21T10:30", "Suicide bomber rams U.S.-backed forces at Syria checkpoint",
         "BEIRUT (Reuters) - A suicide bomber drove his car into a checkpoint on the edge of Shadadi in northeastern Syria's Hasaka province on Monday as a joint convoy of Kurdish-led and U.S. forces passed, locals said."),
        ("Al Jazeera", "2019-01-21T16:00", "ISIL claims second attack on US forces in Syria within a week",
         "The US-led coalition said there were no American casualties after the car bomb hit near Shaddadi, while the Syrian Observatory said five SDF fighters were killed, a toll the Kurdish-led force disputed."),
        ("Guardian", "2019-01-21T18:30", "Isis bomber targets US convoy days after Manbij killings",
         "The attack in Hasakah province, claimed by Islamic State through its Amaq agency, came five days after four Americans died in Manbij and a month after Donald Trump declared the group defeated."),
    ]),

    # ------------------------------------------------------------ Baghuz and al-Hol, Feb - Mar 2019
    ("baghuz-2019", "baghuz-final-battle", [
        ("Reuters", "2019-02-09T19:20", "U.S.-backed Syrian forces launch final battle against Islamic State enclave",
         "DEIR AL-ZOR, Syria (Reuters) - The U.S.-backed Syrian Democratic Forces launched an assault on Saturday on Islamic State's last enclave in eastern Syria near the Iraqi border, after more than 20,000 civilians were evacuated in recent days, an SDF spokesman said."),
        ("AP", "2019-02-10T09:45", "Kurdish-led forces push on last IS pocket near Baghouz",
         "OMAR OIL FIELD, Syria (AP) — Fierce clashes broke out as fighters of the U.S.-backed Syrian Democratic Forces advanced on the village of Baghouz with coalition airstrikes in support, the group said Sunday. Hundreds of militants, many of them foreigners, are believed to be holed up there."),
        ("BBC", "2019-02-10T12:30", "Battle begins for last IS stronghold in Syria",
         "The jihadist group, which at its height controlled 88,000 sq km stretching from western Syria to eastern Iraq, is now confined to a few square kilometres by the Euphrates near Baghuz."),
    ]),
    ("baghuz-2019", "trump-foreign-fighters", [
        ("Reuters", "2019-02-17T08:30", "Trump urges Europe to take back 800 Islamic State fighters captured in Syria",
         "WASHINGTON (Reuters) - President Donald Trump called on Britain, France, Germany and other European allies to take back more than 800 Islamic State fighters captured in Syria and put them on trial, warning that otherwise they could be released."),
        ("DW", "2019-02-17T15:20", "Germany says taking back 'IS' fighters 'extremely difficult'",
         "Foreign Minister Heiko Maas said Berlin could only take back citizens if it could ensure they were immediately taken into custody, responding to Trump's demand as Kurdish-led forces closed in on the last 'IS' pocket."),
        ("Guardian", "2019-02-18T10:10", "UK resists Trump call to repatriate captured Isis fighters",
         "British ministers said foreign fighters should face justice in the region where their crimes were committed, as the Kurdish-led authorities holding hundreds of foreign jihadists in north-east Syria warned they could not keep them indefinitely."),
    ]),
    ("baghuz-2019", "baghuz-evacuation-convoy", [
        ("AP", "2019-02-20T14:10", "Convoy of trucks carries hundreds out of last IS enclave",
         "BAGHOUZ, Syria (AP) — A convoy of trucks carrying hundreds of men, women and children left the last patch of territory held by Islamic State militants in eastern Syria on Wednesday, signaling a possible end to a standoff of more than a week."),
        ("Reuters", "2019-02-20T19:00", "Trucks evacuate civilians from last IS pocket in Syria, SDF says",
         "NEAR BAGHOUZ, Syria (Reuters) - Dozens of trucks carrying civilians left Islamic State's last bastion on Wednesday, an SDF spokesman said, a step the Kurdish-led force says must come before its final push to capture the enclave."),
        ("Al Jazeera", "2019-02-21T08:15", "Evacuations from Baghouz resume as SDF waits to storm enclave",
         "Those who emerged, mostly women and children including foreigners, were taken for screening before being sent to al-Hol camp in Hasakah province, as an estimated 300 ISIL fighters remained in the tent encampment."),
    ]),
    ("baghuz-2019", "baghuz-assault-resumes", [
        ("Reuters", "2019-03-01T19:40", "U.S.-backed forces resume assault on Islamic State's last Syria enclave",
         "NEAR BAGHOUZ, Syria (Reuters) - The Syrian Democratic Forces resumed their attack on Islamic State's last enclave in eastern Syria on Friday evening after the last civilians were evacuated, a spokesman said, with fighters still inside refusing to surrender."),
        ("Al Jazeera", "2019-03-02T11:30", "SDF says assault on last ISIL-held area in Syria to be over soon",
         "The Kurdish-led force advanced on two fronts into the tiny pocket at Baghouz, SDF media office head Mustafa Bali said, after the smallest batch of evacuees yet came out on Friday in trucks used to carry sheep."),
    ]),
    ("baghuz-2019", "al-hol-breaking-point", [
        ("Guardian", "2019-03-07T12:20", "Syrian camp at 'breaking point' as thousands flee Isis enclave",
         "The International Rescue Committee said 12,000 women and children had arrived at al-Hol in north-east Syria in 48 hours, taking its population above 65,000, and that at least 100 people, mostly children, had died on the way or soon after arriving."),
        ("Reuters", "2019-03-08T14:30", "U.N. warns of shortages as Baghouz exodus swells al-Hol camp",
         "GENEVA (Reuters) - More than 62,000 people have now arrived at the al-Hol camp in northeast Syria, the United Nations said on Friday, warning of severe shortages of tents, water and medical care as families keep streaming out of Islamic State's last enclave."),
        ("BBC", "2019-03-08T17:45", "Children dying after fleeing last IS stronghold",
         "Aid agencies say malnourished infants are dying of cold and disease in al-Hawl camp, where families evacuated from Baghuz wait in the open with too few tents."),
    ]),
    ("baghuz-2019", "baghuz-final-push", [
        ("Reuters", "2019-03-10T19:30", "U.S.-backed forces attack last IS bastion after surrender deadline",
         "NEAR BAGHOUZ, Syria (Reuters) - The SDF launched an offensive on Islamic State's shrinking enclave on Sunday after a deadline for the militants to surrender passed, with heavy clashes and coalition air strikes lighting up the night sky."),
        ("Al Jazeera", "2019-03-11T12:00", "ISIL fighters counterattack as SDF storms Baghouz",
         "Suicide bombers and gunmen struck SDF positions overnight as the Kurdish-led force pushed into the encampment by the Euphrates, its media office said, adding that dozens of ISIL fighters had been killed."),
        ("AP", "2019-03-12T15:00", "Thousands of IS militants and families surrender in Syria",
         "BAGHOUZ, Syria (AP) — About 3,000 Islamic State militants and their families surrendered to the Syrian Democratic Forces overnight as the U.S.-backed fighters pressed their assault on the extremists' last pocket, an SDF spokesman said Tuesday."),
    ]),
    ("baghuz-2019", "caliphate-defeated", [
        ("Reuters", "2019-03-23T08:00", "U.S.-backed forces declare victory over Islamic State in Syria",
         "BAGHOUZ, Syria (Reuters) - The Syrian Democratic Forces declared victory over Islamic State on Saturday after capturing its last shred of territory at Baghouz, ending the jihadists' self-proclaimed caliphate after years of war."),
        ("BBC", "2019-03-23T11:30", "IS 'caliphate' defeated in Syria, say US-backed forces",
         "SDF spokesman Mustafa Bali declared the '100% territorial defeat' of the group at Baghuz, though commanders warned that thousands of militants remained at large in sleeper cells across Syria and Iraq."),
        ("Al Jazeera", "2019-03-23T14:20", "SDF raises flag over Baghouz as ISIL loses last territory",
         "At a ceremony at the al-Omar oil field, officials from the Kurdish-led force and the US-led coalition hailed the end of the group's territorial rule, as SDF fighters raised their yellow flag over the ruined encampment."),
        ("Guardian", "2019-03-23T16:00", "Isis caliphate falls, leaving Kurds holding thousands in camps",
         "The final defeat at Baghuz leaves the Kurdish-led administration holding thousands of suspected fighters and more than 70,000 people, mostly women and children, at al-Hol camp, and pressing reluctant western governments to take back their nationals."),
    ]),

    # ------------------------------------------------------------ US recognition of Israeli sovereignty over the Golan, Mar 2019
    ("golan-recognition-2019", "graham-golan-tour", [
        ("Reuters", "2019-03-11T14:30", "Senator Graham tours Golan, will push U.S. to recognize Israeli sovereignty",
         "JERUSALEM (Reuters) - U.S. Senator Lindsey Graham said on Monday he would lobby the Trump administration to recognize Israel's claim to the occupied Golan Heights, during a visit to the plateau with Prime Minister Benjamin Netanyahu and U.S. Ambassador David Friedman."),
        ("Al Jazeera", "2019-03-11T18:00", "Netanyahu takes Lindsey Graham to Golan, lobbies for US recognition",
         "The Israeli prime minister, weeks before a general election, has pressed Washington to back Israel's 1981 annexation of the territory it captured from Syria in 1967, which is not recognised internationally."),
    ]),
    ("golan-recognition-2019", "rights-report-drops-occupied", [
        ("AP", "2019-03-13T19:00", "US human rights report drops 'occupied' label for Golan, West Bank",
         "WASHINGTON (AP) — The State Department's annual human rights report refers to the Golan Heights as 'Israeli-controlled' rather than 'Israeli-occupied', a shift in language in the document released Wednesday."),
        ("Guardian", "2019-03-14T09:30", "US signals shift on Golan as rights report drops 'occupied'",
         "A State Department official said US policy on the status of the territories had not changed, but the new wording follows intense Israeli lobbying for Washington to recognise Israel's claim to the plateau seized from Syria in 1967."),
    ]),
    ("golan-recognition-2019", "trump-golan-tweet", [
        ("Reuters", "2019-03-21T17:30", "Trump says time for U.S. to recognize Israel's sovereignty over Golan Heights",
         "WASHINGTON (Reuters) - President Donald Trump said on Thursday it was time for the United States to fully recognize Israel's sovereignty over the Golan Heights, a major shift in U.S. policy on territory Israel seized from Syria in 1967."),
        ("BBC", "2019-03-21T19:10", "Netanyahu thanks Trump for 'making history' on Golan",
         "Israel's prime minister praised the US president's bold move hours after hosting Secretary of State Mike Pompeo in Jerusalem. The announcement came less than three weeks before Israel's general election."),
        ("Guardian", "2019-03-21T21:00", "Trump's Golan move seen as election gift to Netanyahu",
         "The tweet reverses decades of US policy and puts Washington at odds with UN security council resolutions declaring Israel's annexation of the plateau null and void, weeks before Israelis vote on 9 April."),
    ]),
    ("golan-recognition-2019", "golan-reactions", [
        ("Reuters", "2019-03-22T11:20", "Syria vows to recover Golan after Trump remarks",
         "BEIRUT (Reuters) - Syria condemned U.S. President Donald Trump's call to recognize Israeli sovereignty over the Golan Heights on Friday, saying it would not change the reality that the Golan was and would remain Arab and Syrian, state news agency SANA reported."),
        ("Al Jazeera", "2019-03-22T14:00", "Arab League, Turkey, Russia reject Trump's Golan statement",
         "Arab League chief Ahmed Aboul Gheit said the statement was entirely outside international law, Turkey's Erdogan said Ankara would not allow the occupation to be legitimised, and Moscow warned the move could destabilise the region."),
        ("DW", "2019-03-22T16:30", "EU says it does not recognize Israeli sovereignty over Golan",
         "A spokeswoman for EU foreign policy chief Federica Mogherini said the bloc's position on the Golan Heights was unchanged, as Germany and other members distanced themselves from Washington's planned shift."),
    ]),
    ("golan-recognition-2019", "golan-proclamation-signed", [
        ("AP", "2019-03-25T17:10", "Trump signs proclamation recognizing Israel's claim to Golan Heights",
         "WASHINGTON (AP) — With Benjamin Netanyahu at his side, President Donald Trump signed a proclamation Monday formally recognizing Israeli sovereignty over the Golan Heights, a step the Israeli leader called historic justice."),
        ("Reuters", "2019-03-25T18:30", "Netanyahu cuts U.S. trip short as Trump recognizes Golan",
         "WASHINGTON (Reuters) - Israeli Prime Minister Benjamin Netanyahu watched Trump sign the Golan decree at the White House on Monday before flying home early after a rocket fired from Gaza hit a house north of Tel Aviv, wounding seven people."),
        ("France 24", "2019-03-25T21:00", "Damascus calls US Golan decision 'blatant attack' on its sovereignty",
         "Syria's foreign ministry said the proclamation was a blatant attack on its sovereignty and territorial integrity and vowed to liberate the plateau by all means, saying Washington had become the main enemy of the Arabs."),
    ]),
    ("golan-recognition-2019", "un-security-council-golan", [
        ("Guardian", "2019-03-26T19:30", "UK and France tell UN they will not recognise Israeli Golan claim",
         "Britain, France, Germany, Belgium and Poland said at a security council meeting on the Middle East that the Golan remained Israeli-occupied Syrian territory under international law, a day after Donald Trump's proclamation."),
        ("Reuters", "2019-03-27T20:30", "U.S. isolated at U.N. Security Council over Golan move",
         "UNITED NATIONS (Reuters) - The United States found itself alone at the U.N. Security Council on Wednesday as members from Europe, Russia and China said the Golan Heights remained occupied territory, at an emergency session requested by Syria."),
        ("Al Jazeera", "2019-03-27T22:10", "UN says Golan status unchanged despite US recognition",
         "A senior UN official told the council the world body's position on the Golan had not changed, as Syria's envoy called the US decision a flagrant violation of council resolutions."),
    ]),
    ("golan-recognition-2019", "arab-summit-rejects-golan", [
        ("Reuters", "2019-03-31T16:00", "Arab leaders reject U.S. Golan decision at Tunis summit",
         "TUNIS (Reuters) - Arab leaders meeting in Tunisia on Sunday rejected the U.S. decision to recognize Israeli sovereignty over the Golan Heights, saying the plateau was occupied Syrian land, while Syria's seat at the summit remained empty."),
        ("Al Jazeera", "2019-03-31T18:30", "Arab League summit: Golan is 'occupied Syrian territory'",
         "Saudi King Salman said the kingdom absolutely rejected any measure undermining Syrian sovereignty over the Golan, as leaders in Tunis stopped short of readmitting Damascus, whose membership has been suspended since 2011."),
        ("France 24", "2019-03-31T20:10", "Arab summit in Tunis unites against US on Golan, splits on Syria's return",
         "The final communique stressed the Golan was Syrian land occupied by Israel, but league officials said there was still no consensus on bringing Syria back, despite the recent reopening of Emirati and Bahraini embassies in Damascus."),
    ]),
]
