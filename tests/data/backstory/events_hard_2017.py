# ruff: noqa: E501  (gold data: reports are kept whole, as outlets would write them)
"""Blind history (written blind on 2026-11-28), November 2017 to January 2018: (thread, event, reports).

A report is (source, "YYYY-MM-DDTHH:MM" UTC, title, summary). Written for the project from
real events, from memory of public reporting and not checked against sources: tolls,
counts and some exact dates are approximate (the labels, not the figures, are what is scored);
each outlet tells an event in its own words. Nine threads run in overlapping
weeks and share actors and places (Russia, Turkey, Iran, Israel, the US, the SDF and YPG,
Hayat Tahrir al-Sham, Damascus, Idlib, the UN, de Mistura, Sochi, Hmeimim), so telling them
apart takes more than matching names:

- ghouta-siege-2017: the siege of rebel-held Eastern Ghouta, the first battle for the
  Harasta armoured vehicles base, air strikes, the stalled truce, the starvation warnings,
  the late-December medical evacuations and the second siege of the Harasta base
  (November 2017 - January 2018);
- sochi-congress-2017: Assad's visit to Putin in Sochi, the Putin-Erdogan-Rouhani summit and
  the planned Syrian National Dialogue Congress, dated at Astana and rejected by rebel
  factions (November - December 2017);
- geneva-viii-2017: Riyad Hijab's resignation, the Riyadh II opposition meeting and its new
  delegation, and the eighth round of UN talks in Geneva that ended without progress
  (November - December 2017);
- hmeimim-russia-2017: Putin's visit to the Hmeimim air base and announced drawdown, the
  permanent Russian bases, and the New Year shelling and drone attacks on Hmeimim and
  Tartus (December 2017 - January 2018);
- idlib-offensive-2017: the Atareb market strike, the army's push from northern Hama into
  southern Idlib toward the Abu al-Duhur air base, the displacement, Turkey's protest and
  the rebel counterattack (November 2017 - January 2018);
- afrin-border-force-2017: Trump's pledge to Erdogan on arms to the YPG, Turkey's threats
  against Afrin, the US-led coalition's plan for a Kurdish-led border force and the build-up
  to the Afrin operation (November 2017 - 19 January 2018);
- is-endgame-2017: the end of Islamic State territory in Syria, Iranian and Russian victory
  claims, the SDF's last clearances on the Euphrates and the US decision to keep troops in
  Syria (November 2017 - January 2018);
- jim-veto-2017: Russia's vetoes at the UN Security Council that ended the joint UN-OPCW
  chemical weapons inquiry (November 2017);
- southwest-israel-2017: Israel's stand against Iran's presence in Syria after the US-Russia
  deal on the southwest, Israeli strikes near Damascus and the army's capture of the Beit
  Jinn pocket near the Golan (November 2017 - January 2018).
"""

EVENTS = [
    # ------------------------------------------------------------ Eastern Ghouta siege, Nov 2017 - Jan 2018
    ("ghouta-siege-2017", "harasta-base-first-attack", [
        ("Reuters", "2017-11-14T15:20", "Syrian rebels attack army base on edge of besieged Eastern Ghouta",
         "BEIRUT (Reuters) - Rebels in the besieged Eastern Ghouta launched an assault on Tuesday on a major army base at Harasta on the north-eastern outskirts of Damascus, a war monitor and a rebel official said, in one of the heaviest attacks on government positions near the capital this year."),
        ("AP", "2017-11-14T18:45", "Insurgents storm Syrian military vehicles base near Damascus",
         "BEIRUT (AP) — Insurgents led by the Ahrar al-Sham group attacked the Armored Vehicles Administration base in Harasta on Tuesday, the Syrian Observatory for Human Rights said, prompting government warplanes to pound the rebel-held suburbs east of the capital."),
        ("Al Jazeera", "2017-11-15T10:30", "Eastern Ghouta: Fierce clashes after rebel push on Harasta base",
         "Government jets carried out dozens of raids on Harasta, Arbin and Misraba as troops fought to repel the attackers, monitors said. The enclave was declared a de-escalation zone under a deal brokered by Russia over the summer, but some 400,000 people there remain under a tightening siege."),
    ]),
    ("ghouta-siege-2017", "ghouta-bombardment-intensifies", [
        ("AP", "2017-11-19T13:10", "Syrian government strikes kill civilians in besieged Damascus suburbs",
         "BEIRUT (AP) — Syrian government air strikes and shelling killed at least 20 civilians in the eastern Ghouta suburbs on Sunday, opposition activists said, in a fifth day of bombardment following a rebel attack on a military base."),
        ("Guardian", "2017-11-19T17:40", "Eastern Ghouta: dozens killed as Assad steps up bombing of besieged enclave",
         "Rescue workers in Douma and Hamouria said they were overwhelmed as air strikes hit markets and residential blocks, while mortar fire from the enclave killed civilians in central Damascus. Doctors said there was almost no fuel left to run hospital generators."),
        ("France 24", "2017-11-20T08:55", "Death toll mounts in Eastern Ghouta despite de-escalation deal",
         "The Syrian Observatory for Human Rights said more than 80 civilians had been killed in the besieged rebel enclave near Damascus in less than a week, making a mockery of the 'de-escalation zone' agreed between Russia, Iran and Turkey."),
    ]),
    ("ghouta-siege-2017", "ghouta-truce-announced", [
        ("Reuters", "2017-11-28T19:30", "De Mistura says Syrian government agreed Eastern Ghouta ceasefire: Russia",
         "GENEVA (Reuters) - U.N. Syria envoy Staffan de Mistura said on Tuesday that Russia had informed him the Syrian government had agreed to a ceasefire in the besieged Eastern Ghouta region, as peace talks opened in Geneva."),
        ("BBC", "2017-11-28T21:15", "Syria war: Ceasefire proposed for besieged Eastern Ghouta",
         "The UN says Russia proposed the truce and Damascus accepted it, but it was unclear when it would take effect or whether rebel groups in the enclave had been consulted. The area has been under siege since 2013."),
        ("Al Jazeera", "2017-11-30T11:05", "Eastern Ghouta air raids continue despite announced truce",
         "Residents and monitors reported fresh strikes on Douma and Arbin a day after the ceasefire was due to take hold, with the Syrian Observatory counting several civilians killed. Rebel factions said they had seen no sign of a halt."),
    ]),
    ("ghouta-siege-2017", "egeland-medical-evacuations-plea", [
        ("Reuters", "2017-11-30T14:00", "U.N. says 500 need urgent evacuation from Syria's Eastern Ghouta",
         "GENEVA (Reuters) - About 500 people including 167 children need urgent medical evacuation from the besieged Eastern Ghouta, U.N. humanitarian adviser Jan Egeland said on Thursday, adding that some patients had already died waiting for permission to leave."),
        ("DW", "2017-11-30T16:25", "UN: Patients dying as Syria blocks evacuations from Ghouta",
         "Jan Egeland said the Syrian government had not approved requests to move critically ill patients to hospitals in Damascus only minutes away. He also told reporters that malnutrition among children in the enclave was the worst seen in the war."),
        ("Guardian", "2017-12-01T09:30", "'They are dying in front of us': UN pleads for sick children in Ghouta",
         "The UN humanitarian taskforce for Syria said cancer patients, kidney patients and malnourished babies were among those on the list, and urged Russia to use its influence with Damascus while its delegation was in Geneva."),
    ]),
    ("ghouta-siege-2017", "ghouta-medical-evacuations", [
        ("Reuters", "2017-12-27T09:40", "First critically ill patients evacuated from Syria's Eastern Ghouta",
         "BEIRUT (Reuters) - Four critically ill patients were evacuated from the besieged Eastern Ghouta overnight in the first stage of an operation to take out 29 people, the International Committee of the Red Cross said on Wednesday."),
        ("AP", "2017-12-27T13:15", "Red Cross begins medical evacuations from besieged Syrian suburbs",
         "BEIRUT (AP) — The Syrian Arab Red Crescent took the first patients out of eastern Ghouta to hospitals in Damascus, the ICRC said. The rebel Army of Islam said the evacuations were part of a deal under which it would free detainees it holds."),
        ("Al Jazeera", "2017-12-28T19:20", "All 29 critical cases evacuated from Eastern Ghouta, ICRC says",
         "The evacuations, completed on Thursday, included children with cancer and heart disease. Aid groups said hundreds more remain on waiting lists and that the swap with Jaish al-Islam showed patients were being used as bargaining chips."),
    ]),
    ("ghouta-siege-2017", "harasta-base-besieged", [
        ("Reuters", "2017-12-31T14:50", "Syrian rebels besiege army base in Eastern Ghouta: monitor",
         "BEIRUT (Reuters) - Rebels in Eastern Ghouta have encircled the army's armoured vehicles base in Harasta after two days of fighting, trapping government troops inside, the Syrian Observatory for Human Rights said on Sunday."),
        ("AP", "2018-01-01T12:20", "Syrian warplanes pound rebel suburbs as insurgents surround base",
         "BEIRUT (AP) — Government air strikes on the eastern Ghouta towns of Madyara, Misraba and Harasta killed at least 15 people on New Year's Day, activists said, as troops tried to break a rebel siege of a military base nearby."),
        ("France 24", "2018-01-01T16:35", "Rebels trap Syrian troops in Harasta base near Damascus",
         "The offensive by Ahrar al-Sham and allied factions is the most serious threat to government forces around Damascus in months. State media said the army was sending reinforcements and accused 'terrorist groups' of shelling residential districts of the capital."),
    ]),
    ("ghouta-siege-2017", "ghouta-january-air-strikes", [
        ("Guardian", "2018-01-08T18:10", "Eastern Ghouta: children among dozens killed in week of bombardment",
         "Monitors say more than 100 civilians have been killed in the besieged enclave since the rebel assault on the Harasta base began, as Syrian and Russian jets strike towns across the area and no aid convoy has entered for weeks."),
        ("Reuters", "2018-01-09T12:30", "U.N. urges humanitarian pause in Syria's Eastern Ghouta",
         "BEIRUT (Reuters) - The United Nations called on Tuesday for an immediate pause in fighting in Eastern Ghouta and around Damascus to allow aid in and the sick out, saying air strikes had hit hospitals and schools and that shelling had killed civilians in the capital."),
        ("DW", "2018-01-09T15:45", "UN warns of Ghouta catastrophe as strikes kill civilians",
         "The UN said about 400,000 people remained trapped in Eastern Ghouta with food prices soaring. The bombing comes as the army's offensive in Idlib also forces tens of thousands to flee in the northwest."),
    ]),

    # ------------------------------------------------------------ Sochi summit and the national dialogue congress, Nov - Dec 2017 (same weeks)
    ("sochi-congress-2017", "assad-meets-putin-sochi", [
        ("Reuters", "2017-11-21T08:40", "Assad meets Putin in Sochi, thanks Russia for saving Syria",
         "MOSCOW (Reuters) - Syrian President Bashar al-Assad held talks with Vladimir Putin in the Black Sea resort of Sochi on Monday, the Kremlin said on Tuesday, as Putin said the military operation in Syria was coming to an end and the focus should now shift to a political settlement."),
        ("BBC", "2017-11-21T10:20", "Syria's Assad makes surprise trip to Russia to meet Putin",
         "Kremlin footage showed the two men embracing before Mr Assad met Russian military commanders. Mr Putin said he would brief the leaders of Turkey and Iran at a summit in Sochi on Wednesday."),
        ("Al Jazeera", "2017-11-21T13:30", "Putin and Assad agree focus should now move to political process",
         "Assad said Damascus would not stop at the fight against 'terrorism' and was ready for dialogue with those who want a political solution, according to the Kremlin. It was his second known trip abroad since the war began."),
    ]),
    ("sochi-congress-2017", "putin-briefs-trump-on-syria", [
        ("AP", "2017-11-21T19:40", "Putin calls Trump after hosting Assad in Sochi",
         "MOSCOW (AP) — Russian President Vladimir Putin spoke by phone with President Donald Trump for over an hour on Tuesday, the Kremlin said, briefing him on his talks with Assad and on plans for a political settlement in Syria."),
        ("Reuters", "2017-11-21T21:05", "Trump says he discussed peace in Syria in long call with Putin",
         "WASHINGTON (Reuters) - U.S. President Donald Trump said he had a 'great call' with Russia's Vladimir Putin about bringing peace to Syria, North Korea and Ukraine. Putin also called the leaders of Saudi Arabia, Egypt, Israel and Qatar, the Kremlin said."),
    ]),
    ("sochi-congress-2017", "sochi-trilateral-summit", [
        ("Reuters", "2017-11-22T15:30", "Russia, Turkey, Iran back Syrian congress on country's future",
         "SOCHI, Russia (Reuters) - The leaders of Russia, Iran and Turkey agreed on Wednesday to host a congress of the Syrian government and opposition, Russian President Vladimir Putin said after talks with Hassan Rouhani and Tayyip Erdogan in Sochi."),
        ("France 24", "2017-11-22T18:10", "Putin, Erdogan and Rouhani call for Syrian 'national dialogue'",
         "Putin said Damascus was ready for constitutional reform and UN-supervised elections, and that the congress would bring together the widest range of Syrians. The summit took place as Syria's opposition gathered in Riyadh."),
        ("Al Jazeera", "2017-11-22T20:45", "Sochi summit: Erdogan says Kurdish PYD must be kept out of talks",
         "Turkey's president said Ankara would not accept a 'terrorist organisation' at the table, a reference to the Kurdish PYD and its YPG militia, which Washington backs against ISIL. Rouhani said foreign forces present without Damascus's consent must leave."),
        ("DW", "2017-11-23T08:30", "Russia takes lead on Syria peace with Sochi summit",
         "Analysts say Moscow is trying to turn its military gains into a political settlement on its own terms, sidelining the UN-led Geneva process as de Mistura prepares a new round of talks next week."),
    ]),
    ("sochi-congress-2017", "astana-sets-congress-date", [
        ("Reuters", "2017-12-22T12:15", "Russia, Iran, Turkey set date for Syria congress in Sochi",
         "ASTANA (Reuters) - Russia, Iran and Turkey agreed on Friday to hold a Syrian National Dialogue Congress in the Russian city of Sochi on Jan. 29-30, a joint statement said at the end of the eighth round of talks in Kazakhstan's capital."),
        ("AP", "2017-12-22T15:40", "Astana talks end with plan for Syria congress next month",
         "ASTANA, Kazakhstan (AP) — The three guarantor states also agreed to set up a working group on detainees and missing persons. Russia's envoy Alexander Lavrentiev said the congress would support, not replace, the U.N. process in Geneva."),
        ("Al Jazeera", "2017-12-22T18:25", "Syrian opposition wary as Sochi congress set for late January",
         "Opposition delegates in Astana said they had not been consulted on the Sochi invitation list and feared the congress would be used to rewrite the constitution while Assad stays in power."),
    ]),
    ("sochi-congress-2017", "rebels-reject-sochi", [
        ("Reuters", "2017-12-25T16:50", "Syrian rebel groups reject Russia's Sochi peace congress",
         "BEIRUT (Reuters) - About 40 Syrian rebel groups said on Monday they rejected a Russian plan to hold a peace congress in Sochi, accusing Moscow of committing war crimes and of failing to pressure Damascus to make any concessions."),
        ("Guardian", "2017-12-26T10:05", "Syrian rebels say Sochi talks aim to bypass UN and keep Assad",
         "In a joint statement, the factions said Russia was an aggressor and not a neutral mediator, and that any settlement had to come through Geneva. Damascus has said it will attend the congress."),
        ("France 24", "2017-12-26T13:40", "Opposition fighters snub Moscow's planned Syria congress",
         "The statement came days after Russia, Iran and Turkey fixed the dates for the congress. The Syrian Negotiation Commission said it had not yet decided whether to attend."),
    ]),

    # ------------------------------------------------------------ Riyadh II and Geneva VIII, Nov - Dec 2017 (same weeks)
    ("geneva-viii-2017", "hijab-resigns", [
        ("Reuters", "2017-11-20T16:30", "Syrian opposition chief negotiator Hijab resigns",
         "BEIRUT (Reuters) - Riyad Hijab, head of Syria's main opposition High Negotiations Committee, resigned on Monday, two days before a meeting in Riyadh meant to unify the opposition ahead of new peace talks in Geneva."),
        ("Al Jazeera", "2017-11-20T19:10", "Riyad Hijab quits HNC, citing pressure to accept Assad",
         "In a statement, the former prime minister who defected in 2012 said he had resigned in the face of attempts to lower the ceiling of the revolution and prolong the regime's life. Several other committee members also stepped down."),
        ("BBC", "2017-11-21T07:45", "Syria opposition leader resigns ahead of Riyadh meeting",
         "Mr Hijab's departure comes as Saudi Arabia hosts opposition groups, including figures close to Moscow, in an effort to form a single delegation for the UN-led talks."),
    ]),
    ("geneva-viii-2017", "riyadh-ii-statement", [
        ("Reuters", "2017-11-23T13:20", "Syrian opposition insists Assad must go at start of transition",
         "RIYADH (Reuters) - Syria's opposition meeting in Riyadh insisted on Thursday that President Bashar al-Assad must leave power at the start of any political transition, a final statement said, rejecting any role for him."),
        ("AP", "2017-11-23T16:50", "Syrian opposition at Saudi meeting sticks to demand that Assad leave",
         "RIYADH, Saudi Arabia (AP) — About 140 opposition figures, including members of the Moscow and Cairo groups, signed the statement, which also called for the departure of all foreign forces including Iran-backed militias."),
        ("Guardian", "2017-11-23T20:30", "Damascus calls Riyadh opposition statement a 'return to square one'",
         "Syrian state media said the opposition demand amounted to a precondition that would sabotage Geneva, as the UN envoy prepared to open the next round of talks on Tuesday."),
    ]),
    ("geneva-viii-2017", "nasr-hariri-heads-delegation", [
        ("Reuters", "2017-11-24T14:45", "Syrian opposition picks Nasr al-Hariri to lead Geneva delegation",
         "RIYADH (Reuters) - Syria's opposition chose Nasr al-Hariri, a cardiologist from Deraa, to head a unified 36-member delegation to U.N.-led talks in Geneva next week, opposition sources said on Friday."),
        ("Al Jazeera", "2017-11-24T18:20", "Unified Syrian opposition delegation formed for Geneva talks",
         "For the first time the delegation includes representatives of the Moscow and Cairo platforms. Hariri said the opposition was going to Geneva with no preconditions other than those in UN resolutions."),
    ]),
    ("geneva-viii-2017", "geneva-viii-opens", [
        ("Reuters", "2017-11-28T13:10", "New round of Syria peace talks opens in Geneva without government team",
         "GENEVA (Reuters) - U.N. envoy Staffan de Mistura opened an eighth round of Syria peace talks on Tuesday with the opposition delegation, while the government team delayed its arrival by a day in protest at the opposition's demand that Assad step down."),
        ("BBC", "2017-11-28T17:40", "Syria talks: UN hopes for first 'real negotiations' in Geneva",
         "The envoy said he wanted to discuss a new constitution and UN-supervised elections and hoped the two sides would eventually meet face to face. The opposition for the first time arrived as a single delegation."),
        ("AP", "2017-11-29T15:25", "Syrian government delegation arrives in Geneva a day late",
         "GENEVA (AP) — Syria's government team led by U.N. ambassador Bashar Ja'afari arrived for talks on Wednesday, but said it would not discuss Assad's future and rejected the opposition's Riyadh communique as a provocation."),
    ]),
    ("geneva-viii-2017", "government-delegation-leaves", [
        ("Reuters", "2017-12-01T14:55", "Syrian government delegation leaves Geneva talks, may not return",
         "GENEVA (Reuters) - The Syrian government delegation left peace talks in Geneva on Friday and said it would go back to Damascus for consultations, blaming the opposition's insistence on Assad's exit; it was unclear whether it would return."),
        ("France 24", "2017-12-01T17:30", "Geneva talks falter as Damascus envoys head home",
         "Bashar al-Jaafari accused the opposition of setting preconditions and said the Riyadh statement had undermined the round. De Mistura said he hoped both sides would be back next week."),
        ("DW", "2017-12-02T09:15", "Syria talks in Geneva on hold after government pulls out",
         "The UN envoy said the government had agreed to a ceasefire in Eastern Ghouta earlier in the week, but the talks themselves had made little headway on the 12 principles he put to both sides."),
    ]),
    ("geneva-viii-2017", "jaafari-returns-geneva", [
        ("AP", "2017-12-10T16:20", "Syrian government negotiators return to Geneva talks",
         "GENEVA (AP) — Syrian government envoys returned to Geneva on Sunday for the second half of the U.N.-led peace talks, though the head of the delegation said there would be no direct negotiations with the opposition."),
        ("Al Jazeera", "2017-12-11T10:40", "Damascus team back in Geneva but refuses to meet opposition",
         "Government negotiator Bashar al-Jaafari said there could be no progress unless the opposition withdrew its Riyadh statement. Opposition chief Nasr al-Hariri urged Moscow to press Damascus to negotiate seriously."),
    ]),
    ("geneva-viii-2017", "geneva-viii-ends", [
        ("Reuters", "2017-12-14T17:50", "U.N. envoy says Syria lost 'golden opportunity' as talks end",
         "GENEVA (Reuters) - U.N. mediator Staffan de Mistura said on Thursday that the Syrian government had not sought to engage in real dialogue at the eighth round of peace talks, calling it a missed 'golden opportunity'."),
        ("BBC", "2017-12-14T19:30", "Syria peace talks end with no progress, UN blames government",
         "Mr de Mistura said the government had refused to meet the opposition or discuss a new constitution and elections. He will now consult on whether Russia's planned congress in Sochi can feed into the UN process."),
        ("Guardian", "2017-12-15T08:45", "Assad's negotiators stonewalled Geneva talks, says UN envoy",
         "In an unusually blunt statement, de Mistura said Damascus had set preconditions throughout. Jaafari in turn accused the opposition and its backers of sabotaging the round."),
    ]),

    # ------------------------------------------------------------ Putin at Hmeimim, Russian bases and the attacks on them, Dec 2017 - Jan 2018
    ("hmeimim-russia-2017", "putin-visits-hmeimim", [
        ("Reuters", "2017-12-11T10:30", "Putin, in Syria, orders partial pullout of Russian forces",
         "HMEIMIM AIR BASE, Syria (Reuters) - President Vladimir Putin on Monday ordered a significant part of Russia's military contingent in Syria to begin withdrawing during a surprise visit to Russia's Hmeimim air base, saying Moscow and Damascus had achieved their goals."),
        ("AP", "2017-12-11T12:05", "Putin makes surprise stop in Syria, meets Assad at Russian base",
         "MOSCOW (AP) — Putin was greeted by Syrian President Bashar Assad at Hmeimim and addressed Russian troops, telling them 'the Motherland is waiting for you.' He said Russia would strike again if militants raised their heads."),
        ("BBC", "2017-12-11T14:20", "Putin declares mission accomplished against IS in Syria",
         "The Russian president said that in just over two years Russian forces and the Syrian army had defeated the most battle-hardened international terrorists, and that the bases at Hmeimim and Tartus would remain. He flew on to Egypt and Turkey the same day."),
        ("DW", "2017-12-11T17:45", "Putin's Syria drawdown: how many troops will really leave?",
         "Russia announced a similar pullout in March 2016 but its forces stayed heavily engaged. Analysts said air power at Hmeimim would remain enough to back government offensives in Idlib and around Damascus."),
    ]),
    ("hmeimim-russia-2017", "russia-permanent-bases", [
        ("Reuters", "2017-12-26T11:40", "Russia begins forming permanent military presence at Syrian bases",
         "MOSCOW (Reuters) - Russia has started to form permanent military groupings at its naval facility in Tartus and at the Hmeimim air base in Syria, Defence Minister Sergei Shoigu said on Tuesday, after Putin approved their structure."),
        ("Al Jazeera", "2017-12-26T15:10", "Russia to keep Tartus and Hmeimim bases despite drawdown",
         "Lawmakers in Moscow have ratified an agreement allowing Russia to expand Tartus and use it for 49 years, including berthing nuclear-powered warships. Shoigu said some 48,000 Russian servicemen had served in Syria."),
    ]),
    ("hmeimim-russia-2017", "hmeimim-shelling-two-killed", [
        ("Reuters", "2018-01-04T09:50", "Russia says two servicemen killed in shelling of Syria air base",
         "MOSCOW (Reuters) - Two Russian servicemen were killed when militants shelled the Hmeimim air base in Syria on Dec. 31, the Defence Ministry said on Thursday, denying a newspaper report that seven Russian aircraft had been destroyed."),
        ("BBC", "2018-01-04T12:35", "Russia denies jets destroyed in Syria mortar attack",
         "The Kommersant newspaper reported that at least seven planes were put out of action in the New Year's Eve attack, which would be Russia's biggest loss of hardware in Syria. The ministry called the report fake but confirmed the deaths."),
        ("AP", "2018-01-04T15:00", "Russian base in Syria hit by mortar fire days after Putin declared victory",
         "MOSCOW (AP) — The ministry said a mobile militant group fired from an area outside government control. Two Russian pilots also died on Dec. 31 when their Mi-24 helicopter crashed near Hama, which the military blamed on a technical failure."),
    ]),
    ("hmeimim-russia-2017", "drone-swarm-attack", [
        ("Reuters", "2018-01-08T13:30", "Russia says it repelled drone attack on its bases in Syria",
         "MOSCOW (Reuters) - Russian forces in Syria fended off an attack by 13 armed drones on the Hmeimim air base and the naval facility in Tartus overnight on Saturday, the Defence Ministry said, adding there were no casualties or damage."),
        ("Guardian", "2018-01-08T17:15", "Homemade drones swarm Russian bases in Syria",
         "Russia said seven of the drones were downed by air defences and six taken under control by electronic warfare units. It was the first time militants had used a mass drone attack against Russian forces, the ministry said."),
        ("France 24", "2018-01-09T08:20", "Drone attack on Russian bases raises questions over Syria drawdown",
         "The attack came a week after deadly shelling of Hmeimim and less than a month after Putin flew there to announce victory. Moscow said the drones carried small bombs and had been launched from about 50 kilometres away."),
    ]),
    ("hmeimim-russia-2017", "russia-points-at-drone-source", [
        ("AP", "2018-01-10T10:45", "Russia says drones that hit its bases came from Idlib zone Turkey monitors",
         "MOSCOW (AP) — Russia's Defense Ministry said the drones were launched from the village of Muazzara in Idlib province, in an area controlled by what it called 'moderate opposition' groups, and sent letters to Turkey's military chief and intelligence head asking them to rein them in."),
        ("Reuters", "2018-01-10T14:20", "Pentagon rejects Russian hints of U.S. role in Syria drone attack",
         "WASHINGTON (Reuters) - The Pentagon said on Wednesday any suggestion that the U.S.-led coalition was involved in the drone attack on Russian bases was completely baseless, after Moscow said the technology could only have come from a country with advanced capabilities and noted a U.S. spy plane was nearby."),
        ("DW", "2018-01-10T16:50", "Moscow demands Ankara act after drone attack on Hmeimim",
         "The Russian military said Turkey, as a guarantor of the Idlib de-escalation zone, should fulfil its obligations. The row adds to friction between Moscow and Ankara, which has protested against the army's advance in southern Idlib."),
    ]),
    ("hmeimim-russia-2017", "putin-drone-provocation", [
        ("Reuters", "2018-01-11T15:40", "Putin says drone attack on Russian bases was provocation, not Turkey",
         "MOSCOW (Reuters) - President Vladimir Putin said on Thursday the drone attack on Russia's bases in Syria was a provocation aimed at wrecking Moscow's ties with Turkey and Iran, but that Turkey was not behind it and Russia knew who was."),
        ("Al Jazeera", "2018-01-11T18:05", "Russia says it killed fighters behind Hmeimim drone attack",
         "Russia's defence ministry said its special forces had tracked down and destroyed with precision munitions the group that assembled and launched the drones in Idlib province. Putin said the attack had been planned in advance."),
    ]),

    # ------------------------------------------------------------ Army offensive in southern Idlib, Nov 2017 - Jan 2018 (same weeks)
    ("idlib-offensive-2017", "atareb-market-strike", [
        ("Reuters", "2017-11-13T17:20", "Air strikes on market in rebel-held Syrian town kill dozens: monitor",
         "BEIRUT (Reuters) - Air strikes on a market in the rebel-held town of Atareb in Aleppo province killed at least 53 people on Monday, the Syrian Observatory for Human Rights said, in an area covered by a de-escalation agreement brokered by Russia, Turkey and Iran."),
        ("AP", "2017-11-13T19:45", "Airstrikes hit crowded market in northern Syria, killing dozens",
         "BEIRUT (AP) — Civil defense workers said the strikes hit Atareb's main market and a police station, and that the toll was expected to rise. The Observatory said the warplanes were believed to be Russian; Moscow denied its jets were involved."),
        ("Al Jazeera", "2017-11-14T09:30", "Atareb: Toll from market air raids rises above 60",
         "Rescuers pulled bodies from the rubble overnight in the town west of Aleppo, which lies inside the Idlib de-escalation zone where Turkish troops have been setting up observation posts."),
    ]),
    ("idlib-offensive-2017", "army-pushes-into-idlib", [
        ("Reuters", "2017-12-28T13:50", "Syrian army pushes into Idlib province in new offensive",
         "BEIRUT (Reuters) - Syrian government forces backed by Russian air strikes advanced into southern Idlib province from northern Hama this week, seizing villages held by Hayat Tahrir al-Sham in their first major push into the province in years, a monitor said."),
        ("Al Jazeera", "2017-12-29T10:15", "Idlib offensive: Government forces advance towards Abu al-Duhur",
         "The army and allied militias aim to reach the Abu al-Duhur airbase and secure the railway line running south from Aleppo, military analysts say. Residents reported intense Russian and Syrian air raids on towns in the south of the province."),
        ("France 24", "2017-12-29T15:30", "Thousands flee as Syrian troops enter Idlib with Russian air cover",
         "The offensive targets an area of the Idlib de-escalation zone that Russia says is controlled by the former al-Qaeda affiliate, which is not covered by the truce agreed in Astana."),
    ]),
    ("idlib-offensive-2017", "idlib-displacement", [
        ("Reuters", "2018-01-04T12:40", "Tens of thousands flee Syrian offensive in Idlib, U.N. says",
         "GENEVA (Reuters) - More than 60,000 people have fled fighting in southern Idlib and northern Hama since the start of November, the U.N. humanitarian office said on Thursday, with many sleeping in the open in freezing temperatures near the Turkish border."),
        ("Guardian", "2018-01-04T18:20", "Hospitals bombed as Syrian army advances in Idlib",
         "Medical charities said several hospitals in southern Idlib had been put out of service by air strikes in a week. Camps near the Turkish border were already over capacity before the new wave of displacement."),
        ("DW", "2018-01-05T09:45", "Idlib: New wave of refugees head for Turkish border",
         "Aid groups said families fleeing villages around Sinjar and Maarat al-Numan were heading north toward the Turkish border, which Ankara has kept closed to new arrivals."),
    ]),
    ("idlib-offensive-2017", "turkey-summons-envoys", [
        ("Reuters", "2018-01-09T18:10", "Turkey summons Russian, Iranian envoys over Syrian offensive in Idlib",
         "ANKARA (Reuters) - Turkey summoned the Russian and Iranian ambassadors on Tuesday to protest against violations by Syrian government forces in the Idlib de-escalation zone, state-run Anadolu news agency said."),
        ("Al Jazeera", "2018-01-10T11:30", "Cavusoglu tells Russia and Iran to restrain Assad in Idlib",
         "Turkey's foreign minister said Damascus was hitting moderate opposition fighters under the pretext of fighting al-Nusra, and that Russia and Iran as guarantors must stop it. He warned the offensive could endanger the Sochi congress."),
    ]),
    ("idlib-offensive-2017", "army-reaches-abu-duhur", [
        ("AP", "2018-01-10T15:20", "Syrian troops reach edge of key air base in Idlib",
         "BEIRUT (AP) — Syrian government forces reached the perimeter of the Abu al-Duhur air base on Wednesday, a Hezbollah-run media outlet and the Syrian Observatory said, after a rapid advance through villages in southern Idlib."),
        ("Reuters", "2018-01-10T17:30", "Syrian army nears Idlib air base held by jihadists since 2015",
         "BEIRUT (Reuters) - The Syrian army and its allies advanced to the outskirts of the Abu al-Duhur military air base, which fell to the Nusra Front and allied rebels in 2015, a military media unit run by Hezbollah said."),
    ]),
    ("idlib-offensive-2017", "rebel-counterattack-idlib", [
        ("Reuters", "2018-01-11T16:40", "Syrian rebels launch counter-attack against army in Idlib, Hama",
         "BEIRUT (Reuters) - Rebel groups including factions backed by Turkey launched a counter-offensive on Thursday against government forces in northwest Syria, retaking several villages in southern Idlib and northern Hama, rebels and a war monitor said."),
        ("Al Jazeera", "2018-01-12T09:30", "Rebels recapture villages in northern Hama, capture soldiers",
         "Fighters from Free Syrian Army factions and Hayat Tahrir al-Sham said they had taken back ground lost in recent weeks and captured dozens of government soldiers, while Russian jets stepped up raids to halt the advance."),
        ("BBC", "2018-01-12T14:05", "Syria war: Rebels hit back as army closes on Abu al-Duhur",
         "The counter-attack east of the Hama-Aleppo highway slowed the army's push towards the air base. The UN says nearly 100,000 people have now been displaced by the fighting."),
    ]),

    # ------------------------------------------------------------ Turkey, the YPG and the US border force, Nov 2017 - 19 Jan 2018
    ("afrin-border-force-2017", "trump-erdogan-ypg-arms-call", [
        ("Reuters", "2017-11-24T17:50", "Turkey says Trump pledged to stop arming Syrian Kurdish YPG",
         "ANKARA (Reuters) - U.S. President Donald Trump told Turkish President Tayyip Erdogan in a phone call on Friday that Washington would no longer supply weapons to the Kurdish YPG militia in Syria, Turkish Foreign Minister Mevlut Cavusoglu said."),
        ("AP", "2017-11-24T21:30", "White House says adjusting military support to Syrian partners",
         "WASHINGTON (AP) — The White House said Trump informed Erdogan of 'pending adjustments to the military support provided to our partners inside Syria,' without mentioning the YPG by name, as the fight against the Islamic State group winds down."),
        ("Al Jazeera", "2017-11-25T10:20", "Erdogan-Trump call: Will US stop arming Syria's Kurds?",
         "Ankara has long demanded Washington cut ties with the YPG, which it considers an extension of the PKK. The call came two days after Erdogan met Putin and Rouhani in Sochi."),
    ]),
    ("afrin-border-force-2017", "erdogan-afrin-coming-days", [
        ("Reuters", "2018-01-13T14:30", "Erdogan says Turkey to launch operation in Syria's Afrin in coming days",
         "ANKARA (Reuters) - Turkey's armed forces will carry out an operation against the Kurdish YPG militia in Syria's Afrin and Manbij regions in the coming days, President Tayyip Erdogan said on Saturday."),
        ("France 24", "2018-01-13T18:45", "Erdogan threatens to crush Kurdish 'terror nests' in Afrin",
         "Turkish forces have been shelling YPG positions around the enclave from across the border, and Erdogan said they would 'clean up' Afrin if the militants did not surrender. Turkish convoys were seen heading toward the frontier."),
    ]),
    ("afrin-border-force-2017", "coalition-border-force-plan", [
        ("Reuters", "2018-01-14T13:20", "U.S.-led coalition helps build new Syrian border force",
         "BEIRUT (Reuters) - The U.S.-led coalition is working with its Syrian militia allies to set up a new border force of 30,000 personnel, the coalition said on Sunday, a move that has added to Turkish anger over Washington's support for Kurdish-led forces."),
        ("AP", "2018-01-14T17:55", "Coalition says Kurdish-led force to guard Syria's borders",
         "BEIRUT (AP) — The coalition said about half of the Border Security Force would be veterans of the Syrian Democratic Forces and would deploy along the Turkish and Iraqi borders and the Euphrates, the line separating the SDF from government troops."),
        ("Guardian", "2018-01-15T08:30", "Turkey furious at US plan for Kurdish-led Syrian border force",
         "Ankara summoned the US charge d'affaires and said the plan legitimised a terrorist organisation on its southern frontier, as Turkish officials warned an incursion into Afrin was imminent."),
    ]),
    ("afrin-border-force-2017", "erdogan-strangle-terror-army", [
        ("Reuters", "2018-01-15T14:10", "Erdogan vows to 'strangle' U.S.-backed Syrian border force before it is born",
         "ANKARA (Reuters) - President Tayyip Erdogan said on Monday that Turkey would strangle a planned U.S.-backed Syrian border force 'before it is born', and that preparations for an operation in Afrin were complete."),
        ("BBC", "2018-01-15T17:25", "Turkey's Erdogan attacks US over Syria 'terror army'",
         "Mr Erdogan accused Washington of building a terror army on Turkey's border. Russia's Sergei Lavrov said the plan undermined Syria's territorial integrity, and Damascus called it a flagrant violation of its sovereignty."),
        ("DW", "2018-01-15T19:50", "Ankara, Moscow and Damascus condemn US border force plan",
         "Syria's foreign ministry said any Syrian who joined the force would be considered a traitor. Lavrov said the move raised questions about whether Washington wanted to carve up the country."),
    ]),
    ("afrin-border-force-2017", "tillerson-border-force-misportrayed", [
        ("Reuters", "2018-01-17T13:15", "Tillerson says border force was misdescribed, U.S. owes Turkey explanation",
         "VANCOUVER (Reuters) - U.S. Secretary of State Rex Tillerson said on Wednesday the situation over a planned Syrian border force had been 'misportrayed, misdescribed, some people misspoke', and that Washington was not creating such a force, after meeting Turkey's foreign minister."),
        ("Al Jazeera", "2018-01-17T16:40", "Pentagon says Syria force is 'not a new army' as Turkey masses troops",
         "US defence officials said they were training local security forces to stop ISIL's return, not building an army. Turkey, unconvinced, continued sending tanks and commandos to the border opposite Afrin."),
        ("France 24", "2018-01-17T19:20", "Washington backtracks on Kurdish border force after Turkish outcry",
         "The climbdown came as Turkish officials said an Afrin operation could begin at any moment and Erdogan's spokesman said Ankara would not wait for US clarifications."),
    ]),
    ("afrin-border-force-2017", "syria-warns-turkish-jets", [
        ("Reuters", "2018-01-18T12:30", "Syria says it will shoot down Turkish jets if Ankara attacks Afrin",
         "BEIRUT (Reuters) - Syria's air defences are ready to destroy Turkish aircraft in Syrian skies if Turkey launches an offensive in Afrin, Deputy Foreign Minister Faisal Mekdad said on Thursday, calling any such move an act of aggression."),
        ("AP", "2018-01-18T16:45", "Turkish military and intelligence chiefs in Moscow over Afrin",
         "MOSCOW (AP) — Turkey's chief of general staff Gen. Hulusi Akar and spy chief Hakan Fidan held talks in Moscow on Thursday, officials said, as Ankara sought Russia's acquiescence for an assault on the Kurdish-held enclave where Russian military police are deployed."),
        ("Guardian", "2018-01-18T20:10", "Damascus threatens Turkey as Afrin assault looms",
         "Mekdad's warning was the strongest yet from Assad's government, which says Turkish troops in Idlib are also there illegally. Kurdish officials in Afrin said they would resist any incursion."),
    ]),
    ("afrin-border-force-2017", "turkey-shells-afrin", [
        ("Reuters", "2018-01-19T11:20", "Turkish artillery shells Kurdish-held Afrin, minister says operation 'de facto' started",
         "ANKARA (Reuters) - Turkish artillery fired on Kurdish YPG positions in Syria's Afrin region on Friday, and Defence Minister Nurettin Canikli said the operation had de facto started, without any cross-border ground movement yet."),
        ("Al Jazeera", "2018-01-19T16:30", "Turkey pounds Afrin from border as Kurds brace for assault",
         "YPG spokesmen said dozens of shells landed on villages around the enclave. Turkish officials said Ankara had informed Moscow and Washington in advance and would take all necessary measures to protect Turkish airspace and troops."),
        ("BBC", "2018-01-19T19:40", "Syria's Afrin under Turkish fire as offensive draws near",
         "Turkey says the YPG is a terror group linked to Kurdish militants inside Turkey. The US, which arms the Kurdish-led SDF east of the Euphrates, has urged Ankara to stay focused on the fight against IS."),
    ]),

    # ------------------------------------------------------------ Islamic State's end as a territory and who stays, Nov 2017 - Jan 2018
    ("is-endgame-2017", "rouhani-declares-is-ended", [
        ("Reuters", "2017-11-21T11:45", "Iran's Rouhani declares end of Islamic State",
         "DUBAI (Reuters) - Iranian President Hassan Rouhani declared the end of Islamic State on Tuesday, a day after the commander of Iran's elite Quds Force, Qassem Soleimani, sent a letter to Supreme Leader Ayatollah Ali Khamenei hailing the group's defeat in Iraq and Syria."),
        ("Al Jazeera", "2017-11-21T15:20", "Soleimani tells Khamenei ISIL rule is over",
         "The Quds Force commander's letter praised Iraqi and Syrian forces and allied militias backed by Tehran. Iran's leaders say their military advisers will stay in Syria as long as Damascus asks them to."),
    ]),
    ("is-endgame-2017", "sdf-clears-east-deir-ezzor", [
        ("Reuters", "2017-12-03T14:10", "U.S.-backed SDF says it has cleared Islamic State from eastern Deir al-Zor",
         "BEIRUT (Reuters) - The U.S.-backed Syrian Democratic Forces said on Sunday it had driven Islamic State out of the eastern countryside of Deir al-Zor province on the east bank of the Euphrates, with help from the U.S.-led coalition."),
        ("AP", "2017-12-03T17:40", "Syrian Kurdish-led forces say they reached Iraqi border",
         "BEIRUT (AP) — SDF commanders said their fighters had linked up with the Iraqi border after capturing dozens of villages, leaving IS with a shrinking pocket around Hajin on the Euphrates. Government troops hold most of the west bank."),
    ]),
    ("is-endgame-2017", "pentagon-2000-troops", [
        ("AP", "2017-12-06T18:30", "Pentagon acknowledges 2,000 US troops in Syria",
         "WASHINGTON (AP) — The Pentagon publicly acknowledged on Wednesday that about 2,000 U.S. troops are in Syria, four times the number previously stated, and said they would stay as long as needed to keep the Islamic State group from returning."),
        ("Reuters", "2017-12-06T20:45", "U.S. says it has about 2,000 troops in Syria, no plans to leave yet",
         "WASHINGTON (Reuters) - The United States has about 2,000 troops in Syria, the Pentagon said on Wednesday, the first official disclosure of a number that had been kept lower for security reasons."),
        ("Al Jazeera", "2017-12-07T09:50", "US troop disclosure signals long stay in Syria's northeast",
         "Damascus has called the US presence an occupation, and Turkey objects to American support for the Kurdish-led SDF in the areas where the troops operate."),
    ]),
    ("is-endgame-2017", "russia-declares-is-defeat", [
        ("Reuters", "2017-12-07T09:30", "Russia says Syria fully liberated from Islamic State",
         "MOSCOW (Reuters) - Russia's military said on Thursday that Syria had been completely liberated from Islamic State militants on both banks of the Euphrates, and President Vladimir Putin said the operation was over, though pockets of resistance might remain."),
        ("BBC", "2017-12-07T12:15", "Russia declares victory over IS in Syria",
         "Chief of the general staff Valery Gerasimov said there was no longer a single settlement under IS control in Syria. The US-led coalition disputed the claim, saying the militants still held territory in the east."),
    ]),
    ("is-endgame-2017", "coalition-fewer-1000-fighters", [
        ("Reuters", "2017-12-27T13:30", "Fewer than 1,000 Islamic State fighters left in Iraq and Syria: coalition",
         "BAGHDAD (Reuters) - The U.S.-led coalition said on Wednesday there were fewer than 1,000 Islamic State fighters left in Iraq and Syria, and that most of those remaining were being hunted in the desert or were hiding."),
        ("AP", "2017-12-27T16:20", "Coalition says IS has lost 98 percent of its territory",
         "BAGHDAD (AP) — The coalition said the militants had lost nearly all the land they once held since 2014, but warned they remained a threat in Syria's Euphrates valley and in areas held by government forces."),
    ]),
    ("is-endgame-2017", "tillerson-syria-strategy", [
        ("Reuters", "2018-01-17T22:10", "Tillerson says U.S. to keep open-ended military presence in Syria",
         "STANFORD, Calif. (Reuters) - The United States will keep a military presence in Syria to ensure Islamic State does not re-emerge, to counter Iran's influence and to help bring about Assad's departure, Secretary of State Rex Tillerson said on Wednesday."),
        ("BBC", "2018-01-18T08:30", "US to stay in Syria to stop IS comeback, says Tillerson",
         "In a speech at Stanford University's Hoover Institution, Mr Tillerson said Washington could not repeat the mistake of leaving Iraq in 2011. He did not give a timeline for the troops' departure."),
    ]),

    # ------------------------------------------------------------ Chemical weapons inquiry vetoed at the UN, Nov 2017
    ("jim-veto-2017", "russia-vetoes-jim-renewal", [
        ("Reuters", "2017-11-16T20:40", "Russia blocks renewal of U.N. Syria chemical attack inquiry",
         "UNITED NATIONS (Reuters) - Russia on Thursday vetoed a U.S.-drafted U.N. Security Council resolution to renew an international inquiry into chemical weapons attacks in Syria, whose mandate expires on Friday. A rival Russian draft failed to win enough votes."),
        ("AP", "2017-11-16T22:30", "Russia vetoes extension of Syria chemical weapons probe",
         "UNITED NATIONS (AP) — It was Russia's 10th veto on Syria. U.S. Ambassador Nikki Haley said Moscow had killed the Joint Investigative Mechanism, which last month blamed the Syrian government for a sarin attack on Khan Sheikhoun."),
        ("Guardian", "2017-11-17T07:50", "Russia uses veto to shut down inquiry that blamed Assad for sarin attack",
         "Britain and France accused Russia of shielding Damascus from accountability. Moscow says the inquiry's findings on Khan Sheikhoun were flawed and demanded changes to its methods."),
    ]),
    ("jim-veto-2017", "japan-draft-vetoed", [
        ("Reuters", "2017-11-17T22:15", "Russia vetoes Japan bid to extend Syria chemical inquiry for 30 days",
         "UNITED NATIONS (Reuters) - Russia on Friday vetoed a Japanese draft resolution to extend the mandate of the joint U.N.-OPCW chemical weapons inquiry in Syria by 30 days, the third time in a month it has used its veto to block renewal."),
        ("France 24", "2017-11-18T08:10", "Syria chemical weapons inquiry ends after new Russian veto",
         "The Joint Investigative Mechanism's mandate expired at midnight. Diplomats said there was now no body able to assign blame for chemical attacks in Syria, though the OPCW's fact-finding mission will continue its work."),
    ]),

    # ------------------------------------------------------------ Israel, Iran and the southwest, Nov 2017 - Jan 2018 (same weeks)
    ("southwest-israel-2017", "netanyahu-freedom-of-action", [
        ("Reuters", "2017-11-12T12:20", "Israel will keep acting in Syria despite U.S.-Russia deal, Netanyahu says",
         "JERUSALEM (Reuters) - Prime Minister Benjamin Netanyahu said on Sunday Israel would continue to act in Syria according to its security needs, after the United States and Russia agreed to support a de-escalation zone in southwest Syria near the Israeli-held Golan Heights."),
        ("Al Jazeera", "2017-11-12T16:40", "Netanyahu: Israel told Washington and Moscow it will stop Iran in Syria",
         "The Israeli leader told his cabinet he had made clear to both powers that Israel would not allow Iran and its proxies to entrench along its northern frontier. The US-Russian statement issued in Vietnam reaffirmed the southwest ceasefire agreed with Jordan."),
    ]),
    ("southwest-israel-2017", "lavrov-iran-presence-legitimate", [
        ("Reuters", "2017-11-14T14:50", "Russia never promised Iran-backed forces would leave Syria: Lavrov",
         "MOSCOW (Reuters) - Russia has not committed to ensuring that pro-Iranian forces withdraw from Syria, Foreign Minister Sergei Lavrov said on Tuesday, describing Iran's presence there as legitimate because it was invited by Damascus."),
        ("DW", "2017-11-14T17:30", "Lavrov rebuffs Israel over Iranian forces in Syria",
         "Israel had said the southwest truce should keep Iranian-backed fighters away from the Golan. Lavrov said the deal only provided for non-Syrian forces to leave the de-escalation zone over time."),
    ]),
    ("southwest-israel-2017", "israel-strike-near-kiswah", [
        ("Reuters", "2017-12-02T03:40", "Israel strikes military position near Damascus: Syrian state media",
         "BEIRUT (Reuters) - Israel fired missiles at a military position near Damascus early on Saturday and Syrian air defences intercepted two of them, Syrian state television said, in an area where Western intelligence says Iran has been building a base."),
        ("BBC", "2017-12-02T10:15", "Syria says Israel hit target near al-Kiswah",
         "The BBC reported last month that satellite images showed Iran establishing a military compound at al-Kiswah, 14km south of Damascus. Israel does not usually comment on individual strikes."),
        ("AP", "2017-12-02T13:30", "Syria accuses Israel of missile attack south of the capital",
         "BEIRUT (AP) — Syria's army said it responded to the overnight attack and caused damage to Israeli missiles. Israel has said it will not allow Iran to establish a permanent military foothold in Syria."),
    ]),
    ("southwest-israel-2017", "beit-jinn-pocket-falls", [
        ("Reuters", "2017-12-29T15:30", "Syrian rebels agree to leave enclave near Israeli-held Golan",
         "BEIRUT (Reuters) - Rebels in the Beit Jinn pocket south-west of Damascus near the Israeli-occupied Golan Heights agreed on Friday to surrender the area and leave for rebel-held Idlib and Deraa after a weeks-long army offensive, a war monitor and state media said."),
        ("Al Jazeera", "2017-12-30T10:45", "Beit Jinn rebels accept evacuation after army siege near Golan",
         "The deal puts the Syrian army and allied Iran-backed militias closer to the Golan frontline, a development Israel has been watching with concern. Rebels still hold much of Quneitra province to the south."),
    ]),
    ("southwest-israel-2017", "israel-strike-qutayfah", [
        ("Reuters", "2018-01-09T06:30", "Syria says Israeli jets struck army position near Damascus",
         "BEIRUT (Reuters) - Israeli jets fired missiles from Lebanese airspace at a military site near Qutayfah, north-east of Damascus, early on Tuesday, the Syrian army said, adding that its air defences had hit one of the planes."),
        ("AP", "2018-01-09T11:20", "Syria claims it hit Israeli jet after strikes near Damascus",
         "BEIRUT (AP) — The Syrian military said Israel followed the air strikes with ground-to-ground missiles. Israel did not comment, and there was no sign any aircraft had been damaged."),
        ("France 24", "2018-01-09T14:50", "Israeli raids near Damascus as Syria war shifts to Iran's role",
         "The strikes come as Israel presses Russia to curb Iranian and Hezbollah positions in Syria, where Moscow has started forming permanent bases and the army is advancing in Idlib."),
    ]),
]
