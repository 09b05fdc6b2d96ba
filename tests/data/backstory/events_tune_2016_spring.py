# ruff: noqa: E501  (gold data: reports are kept whole, as outlets would write them)
"""Tune histories (written blind on 2026-11-28, then added to tune), January-April 2016: (thread, event, reports).

A report is (source, "YYYY-MM-DDTHH:MM" UTC, title, summary). Written for the project from
real events, from memory of public reporting and not checked against sources: tolls,
counts and some exact dates are approximate (the labels, not the figures, are what is scored);
each outlet tells an event in its own words. Eight threads run in the same weeks
and share actors and places (Russia, Turkey, the UN and de Mistura, the High Negotiations
Committee, Aleppo, Azaz, Idlib, Hezbollah, the Kurdish YPG, Islamic State), so telling them
apart takes more than matching names:

- madaya-2016: the starvation siege of Madaya and the aid convoys to Madaya, Foua and Kefraya (January)
- geneva-talks-2016: the Geneva III talks, from the opposition's hesitation to the April walkout (January-April)
- aleppo-north-2016: the government offensive north of Aleppo, Nubl and Zahraa, and the exodus to the closed Turkish border (February)
- cessation-2016: the Munich agreement, the US-Russia cessation of hostilities and its erosion (February-April)
- russia-drawdown-2016: Putin's announced partial withdrawal from Syria (March)
- palmyra-retaken-2016: the recapture of Palmyra and al-Qaryatain from Islamic State with Russian support (March-April)
- kurds-north-2016: the YPG's advance near Azaz, Turkish shelling, the federal region, Qamishli (February-April)
- eu-turkey-deal-2016: the EU-Turkey migrant deal as it concerns Syrian refugees (March-April)
"""

EVENTS = [
    # ------------------------------------------------------------ Madaya siege and aid convoys, Jan 2016
    ("madaya-2016", "madaya-hunger-reports", [
        ("Al Jazeera", "2016-01-06T14:30", "Syria's Madaya: Residents boil leaves as siege tightens",
         "Residents of the besieged town of Madaya, near the Lebanese border, say they are surviving on boiled grass and leaves, with a kilo of rice selling for hundreds of dollars. Government forces and Hezbollah fighters have encircled the town since July."),
        ("BBC", "2016-01-06T18:10", "Madaya: Starving Syrian town pleads for help",
         "Images said to show emaciated children and elderly people have emerged from Madaya, a town of some 40,000 people north-west of Damascus. Activists say people have died of hunger since the last UN aid delivery in October."),
        ("Guardian", "2016-01-07T08:20", "Madaya residents describe eating pets and grass under Hezbollah-backed siege",
         "People trapped in the mountain town say they have slaughtered cats and sold their belongings for a handful of flour, as pro-government forces ringed by landmines stop food getting in. Rights groups call the siege a war crime."),
    ]),
    ("madaya-2016", "madaya-aid-approved", [
        ("Reuters", "2016-01-07T13:45", "Syria agrees to allow aid into besieged Madaya, U.N. says",
         "GENEVA (Reuters) - The Syrian government has agreed to allow humanitarian aid into the besieged town of Madaya, where residents are reported to be starving, as well as into Foua and Kefraya in the northern province of Idlib, the United Nations said on Thursday."),
        ("AP", "2016-01-07T15:20", "UN: Syria OKs aid access to 3 besieged towns",
         "BEIRUT (AP) — The United Nations says the Syrian government has approved requests to deliver food and medicine to Madaya and to two villages in the north, and that it is preparing convoys for the coming days. No aid has reached Madaya since October."),
        ("France 24", "2016-01-07T17:05", "Damascus approves aid for starving Madaya and rebel-besieged Shiite villages",
         "Foua and Kefraya, two Shiite villages loyal to the regime and surrounded by rebels in Idlib, are to receive aid at the same time as Madaya under a deal between the warring sides, the UN's humanitarian office said."),
    ]),
    ("madaya-2016", "madaya-msf-toll", [
        ("Guardian", "2016-01-08T12:00", "MSF: 23 people have starved to death in besieged Madaya",
         "Médecins Sans Frontières said 23 patients had died of starvation at a health centre it supports in Madaya since 1 December, among them six babies under a year old and five adults over 60."),
        ("DW", "2016-01-08T15:30", "Doctors Without Borders warns of mounting deaths in Madaya",
         "The medical charity said around 250 people in the Syrian town were suffering from acute malnutrition and called for the sick to be evacuated immediately. It urged the government and its allies to let supplies through."),
        ("France 24", "2016-01-09T09:40", "Syria: Aid group says Madaya starvation toll rising as convoys delayed",
         "MSF said patients at the clinic it backs were dying of hunger while UN trucks waited for the green light to set off for Madaya and for Foua and Kefraya in Idlib province."),
    ]),
    ("madaya-2016", "madaya-first-convoy", [
        ("Reuters", "2016-01-11T17:30", "Aid convoys enter besieged Syrian town of Madaya",
         "BEIRUT (Reuters) - Aid convoys entered the besieged Syrian town of Madaya on Monday, where thousands of people are trapped and reported to be starving. At the same time trucks entered Foua and Kefraya, two villages in Idlib encircled by insurgents, under a deal between the warring parties."),
        ("BBC", "2016-01-11T19:45", "Syria conflict: Food reaches starving Madaya",
         "Lorries carrying food, medicine and blankets have arrived in Madaya, the International Committee of the Red Cross says. The convoy of more than 40 trucks was organised with the UN and the Syrian Arab Red Crescent."),
        ("AP", "2016-01-11T21:10", "Aid trucks roll into Syrian town where residents are starving",
         "MADAYA, Syria (AP) — Crowds of gaunt residents gathered in the cold as trucks carrying flour, rice and medical supplies drove into the mountain town after dark on Monday. A parallel convoy reached Foua and Kefraya in northern Syria."),
    ]),
    ("madaya-2016", "madaya-evacuation-call", [
        ("Al Jazeera", "2016-01-12T10:15", "UN: 400 people in Madaya need urgent medical evacuation",
         "UN humanitarian chief Stephen O'Brien said some 400 people in the besieged town were at grave risk of losing their lives and must be taken out for treatment, after aid workers who entered on Monday saw severe malnutrition."),
        ("France 24", "2016-01-12T14:50", "UN staff describe 'horrifying' scenes in besieged Madaya",
         "UN officials who travelled with the convoy said they found frail, emaciated residents, some too weak to walk, and doctors without medicine. They said one delivery would not be enough."),
    ]),
    ("madaya-2016", "madaya-second-convoy", [
        ("Reuters", "2016-01-14T16:20", "Second aid convoy reaches Syria's Madaya, Foua and Kefraya",
         "BEIRUT (Reuters) - A second convoy of aid entered Madaya and the two northern villages of Foua and Kefraya on Thursday, the Red Cross said, bringing food, fuel and medical supplies to the besieged communities."),
        ("AP", "2016-01-14T18:00", "UN chief: Using starvation as a weapon is a war crime",
         "UNITED NATIONS (AP) — Secretary-General Ban Ki-moon said Thursday that all sides in Syria, including the government, were committing atrocious acts by besieging civilians, as aid trucks made a second trip into Madaya and two villages besieged by rebels."),
        ("Guardian", "2016-01-14T20:30", "Ban Ki-moon: starvation as a weapon of war in Syria is a war crime",
         "The UN secretary general said the parties besieging Madaya, Foua, Kefraya and other towns were guilty of war crimes, as a new round of deliveries reached the three communities."),
    ]),
    ("madaya-2016", "madaya-security-council", [
        ("Reuters", "2016-01-15T20:00", "U.N. Security Council meets on Syria sieges as Madaya deaths rise",
         "UNITED NATIONS (Reuters) - The U.N. Security Council met on Friday on the sieges of Syrian towns at the request of the United States, Britain and France, as the medical charity MSF said five more people had died of starvation in Madaya since aid arrived."),
        ("BBC", "2016-01-15T22:10", "Madaya: More deaths despite aid, says MSF",
         "Doctors Without Borders says people in the besieged Syrian town are still dying of hunger after this week's convoys, and that those in critical condition have not been evacuated."),
    ]),
    # ------------------------------------------------------------ Geneva III talks, Jan-Apr 2016
    ("geneva-talks-2016", "hnc-weighs-geneva", [
        ("Al Jazeera", "2016-01-26T19:00", "Syrian opposition bloc delays decision on Geneva talks",
         "The High Negotiations Committee, meeting in Riyadh, said it wanted guarantees that sieges of towns such as Madaya would be lifted and air strikes on civilians stopped before it joined UN-brokered talks due to start on Friday."),
        ("Reuters", "2016-01-27T11:40", "Syrian opposition says won't go to Geneva without humanitarian steps",
         "RIYADH (Reuters) - Syria's main opposition council said it would not attend peace talks in Geneva until the government ends sieges and bombardment of civilian areas as required by U.N. Security Council resolution 2254, raising doubts over the start of negotiations."),
    ]),
    ("geneva-talks-2016", "geneva-talks-open", [
        ("AP", "2016-01-29T17:30", "Syria talks open in Geneva without main opposition",
         "GENEVA (AP) — U.N. envoy Staffan de Mistura met a Syrian government delegation headed by Bashar Ja'afari on Friday to open indirect peace talks, hours before the Saudi-backed opposition announced it would after all send a team to Switzerland."),
        ("BBC", "2016-01-30T14:00", "Syria conflict: Opposition delegation arrives in Geneva",
         "Members of the High Negotiations Committee have arrived for the UN-led talks but say they will only discuss humanitarian issues with the envoy until government sieges and bombing are halted."),
        ("Reuters", "2016-01-31T19:20", "Syrian opposition meets U.N. envoy, sets conditions for negotiations",
         "GENEVA (Reuters) - Syria's opposition met U.N. mediator Staffan de Mistura at their hotel on Sunday but said they would not enter negotiations until their demands were met, as Islamic State bombings killed scores near the Sayyida Zeinab shrine south of Damascus."),
    ]),
    ("geneva-talks-2016", "geneva-talks-paused", [
        ("Reuters", "2016-02-03T17:00", "U.N. envoy suspends Syria peace talks until Feb. 25",
         "GENEVA (Reuters) - U.N. envoy Staffan de Mistura announced a temporary pause in Syria peace talks on Wednesday, saying there was more work to be done, as a government offensive backed by Russian air strikes gained ground north of Aleppo."),
        ("Al Jazeera", "2016-02-03T19:30", "Geneva talks halted days after they began",
         "De Mistura said the talks were not over and would resume by February 25. Opposition negotiators had accused the government of using the talks as cover for an escalation on the ground."),
        ("Guardian", "2016-02-04T08:00", "Kerry blames Assad and Russia for stalling of Syria talks",
         "The US secretary of state said the continued assault by regime forces, enabled by Russian air strikes, signalled an intent to seek a military solution rather than a political one, after the UN put the Geneva process on hold."),
    ]),
    ("geneva-talks-2016", "moualem-red-line", [
        ("Reuters", "2016-03-12T12:30", "Syria's Moualem says Assad is a red line ahead of Geneva talks",
         "BEIRUT (Reuters) - Syrian Foreign Minister Walid al-Moualem said on Saturday the government would not discuss presidential elections at the talks resuming in Geneva, and that President Bashar al-Assad was a red line."),
        ("France 24", "2016-03-12T16:00", "Damascus rules out talks on Assad's future as Geneva nears",
         "Walid Muallem told a news conference in Damascus that neither UN envoy Staffan de Mistura nor anyone else had the right to raise presidential elections, and said the government delegation would not wait more than a day for the opposition to show up."),
    ]),
    ("geneva-talks-2016", "geneva-talks-resume", [
        ("AP", "2016-03-14T15:00", "UN envoy: Political transition is 'mother of all issues' as Syria talks resume",
         "GENEVA (AP) — Staffan de Mistura opened a new round of indirect Syria talks on Monday, saying the discussions would focus on a political transition and that the only alternative was a return to war."),
        ("BBC", "2016-03-14T17:40", "Syria talks resume in Geneva",
         "The UN envoy met the government delegation led by Bashar Jaafari on the first day of the round. The opposition High Negotiations Committee said it had come to discuss a transitional body with full powers and no role for President Assad."),
        ("DW", "2016-03-15T09:00", "Syria opposition meets de Mistura as war enters sixth year",
         "The opposition delegation held its first session with the UN mediator on the fifth anniversary of the uprising, with a partial truce in place and Damascus insisting the president's position is not up for negotiation."),
    ]),
    ("geneva-talks-2016", "geneva-commonalities-paper", [
        ("Reuters", "2016-03-24T16:00", "U.N. envoy sets out common ground as Syria talks round ends",
         "GENEVA (Reuters) - U.N. mediator Staffan de Mistura ended the latest round of Syria talks on Thursday by handing both sides a 12-point paper of commonalities, and said the next round should start around April 9."),
        ("Al Jazeera", "2016-03-24T19:00", "Geneva round ends with no progress on Assad's fate",
         "The government and opposition delegations left Geneva still divided over a political transition, though de Mistura said neither side had walked out and both had engaged on his paper of principles."),
    ]),
    ("geneva-talks-2016", "hnc-walkout", [
        ("Reuters", "2016-04-18T16:00", "Syrian opposition pauses participation in Geneva talks",
         "GENEVA (Reuters) - Syria's main opposition High Negotiations Committee said on Monday it had postponed its participation in peace talks in Geneva, citing government violations of the truce and the failure to deliver aid to besieged areas."),
        ("BBC", "2016-04-19T13:00", "Syria opposition delegation leaves Geneva talks",
         "The opposition's coordinator Riad Hijab said members of the HNC would leave Geneva, accusing President Assad's government of escalating attacks, though some technical experts would stay on."),
        ("DW", "2016-04-19T18:00", "De Mistura vows to press on despite opposition walkout",
         "The UN envoy said he would keep talking to the government delegation and to other opposition figures in Geneva, after the Saudi-backed bloc suspended formal participation."),
    ]),
    ("geneva-talks-2016", "geneva-round-closes", [
        ("Reuters", "2016-04-27T17:00", "U.N. envoy ends Syria talks round, urges Obama and Putin to save truce",
         "GENEVA (Reuters) - U.N. envoy Staffan de Mistura closed the latest round of Syria peace talks on Wednesday without setting a date for the next one and called on the U.S. and Russian presidents to revive the faltering cessation of hostilities."),
        ("Guardian", "2016-04-27T19:30", "Syria ceasefire 'still alive, but barely', says UN envoy",
         "Staffan de Mistura wound up two weeks of talks that the main opposition had abandoned, warning that the partial truce was in great trouble as fighting escalated around Aleppo."),
    ]),
    # ------------------------------------------------------------ Offensive north of Aleppo, Feb 2016
    ("aleppo-north-2016", "aleppo-offensive-launched", [
        ("Reuters", "2016-02-02T13:00", "Syrian army, backed by Russian strikes, pushes north of Aleppo",
         "BEIRUT (Reuters) - Syrian government forces and allied militias captured villages north of Aleppo on Tuesday, including Duwayr al-Zaytoun, in an offensive aimed at reaching the besieged Shi'ite towns of Nubl and al-Zahraa, the Syrian Observatory for Human Rights said."),
        ("Al Jazeera", "2016-02-02T16:40", "Russian jets pound rebel areas north of Aleppo",
         "Opposition fighters say hundreds of air strikes have hit their positions in Tal Jabin, Hardatnin and other villages in the northern Aleppo countryside as regime troops and Iran-backed militias advance."),
    ]),
    ("aleppo-north-2016", "nubl-zahraa-siege-broken", [
        ("Reuters", "2016-02-03T12:30", "Syrian army breaks siege of two Shi'ite towns, cuts rebel route to Turkey",
         "BEIRUT (Reuters) - The Syrian army and its allies broke a rebel siege of Nubl and al-Zahraa on Wednesday, state television said, severing the insurgents' main supply route from Turkey into the northern city of Aleppo."),
        ("AP", "2016-02-03T14:40", "Syrian troops reach besieged pro-government villages of Nubul, Zahra",
         "BEIRUT (AP) — Syrian troops backed by Russian airstrikes reached two Shiite villages north of Aleppo that had been under siege by insurgents since 2012, residents celebrating in the streets on state TV."),
        ("BBC", "2016-02-03T18:00", "Syria war: Government forces 'cut rebel supply line to Aleppo'",
         "Pro-government forces have linked up with Nubbul and Zahraa, cutting the corridor between the rebel-held east of Aleppo and the Turkish border, activists and state media say."),
    ]),
    ("aleppo-north-2016", "aleppo-exodus-to-border", [
        ("Al Jazeera", "2016-02-05T11:00", "Tens of thousands flee Aleppo offensive towards Turkey",
         "Families fleeing the regime's advance and Russian air raids north of Aleppo have crowded at the Bab al-Salama crossing, where Turkey has kept its side of the border shut."),
        ("Reuters", "2016-02-05T15:00", "Syrians flee to Turkish border as Aleppo offensive expands",
         "ONCUPINAR, Turkey (Reuters) - Tens of thousands of Syrians fled to the Turkish border on Friday as government forces, backed by Iranian fighters and Russian jets, took the towns of Ratyan and Mayer north of Aleppo; Turkish officials said up to 70,000 more could come."),
        ("Guardian", "2016-02-05T19:20", "Thousands of Syrians massing at Turkish border near Kilis",
         "Aid agencies say camps inside Syria near the Öncüpınar crossing are overflowing as people escape the bombing of Aleppo's northern countryside, with Ankara saying it will help them on the Syrian side."),
    ]),
    ("aleppo-north-2016", "turkey-border-stays-shut", [
        ("AP", "2016-02-06T13:00", "Turkey says 35,000 Syrians at border, keeps crossing closed",
         "KILIS, Turkey (AP) — Some 35,000 Syrians fleeing the fighting around Aleppo have gathered at the border in the past two days, the governor of Kilis said Saturday, as Turkish aid groups delivered tents and food on the Syrian side of the shut gate."),
        ("DW", "2016-02-06T17:30", "EU urges Turkey to let in Syrians fleeing Aleppo",
         "EU foreign policy chief Federica Mogherini said at a meeting in Amsterdam that Turkey had an obligation to protect people fleeing the Aleppo offensive, even as the bloc presses Ankara to stem the flow of migrants to Greece."),
    ]),
    ("aleppo-north-2016", "merkel-ankara-aleppo", [
        ("BBC", "2016-02-08T15:00", "Merkel 'horrified' by Aleppo suffering on Ankara visit",
         "The German chancellor said she was horrified and shocked by the suffering caused by bombing, mainly from the Russian side, around Aleppo, as she met Turkish Prime Minister Ahmet Davutoglu with tens of thousands stranded at the border."),
        ("Reuters", "2016-02-08T17:20", "Turkey, Germany to seek NATO help as Aleppo refugees mass at border",
         "ANKARA (Reuters) - Turkey and Germany will ask NATO to help monitor migrant smuggling, Davutoglu said after talks with Angela Merkel on Monday, adding that Turkey would continue to aid Syrians fleeing the assault on Aleppo but could not shoulder the burden alone."),
    ]),
    ("aleppo-north-2016", "un-warns-aleppo-siege", [
        ("Reuters", "2016-02-09T12:00", "U.N. warns 300,000 in Aleppo could be cut off from food",
         "GENEVA (Reuters) - Up to 300,000 people in rebel-held parts of Aleppo could be cut off from food if government forces encircle the city, the U.N. humanitarian office said on Tuesday, as the offensive to the north continued."),
        ("France 24", "2016-02-09T16:00", "Aleppo faces siege as regime closes in, UN warns",
         "With the road to the Turkish border severed, the only remaining route into eastern Aleppo runs west through the Castello road, and the UN fears the city's opposition districts could soon be besieged."),
    ]),
    ("aleppo-north-2016", "erdogan-idiot-remark", [
        ("Al Jazeera", "2016-02-11T14:00", "Erdogan hits back at UN calls to open border to Aleppo refugees",
         "Turkey's president said his country did not have 'idiot' written on its forehead and warned it could put refugees on buses and planes, after the UN urged Ankara to let in Syrians stranded at Oncupinar."),
        ("Guardian", "2016-02-11T16:30", "Erdoğan threatens to open Turkey's gates to refugees heading for Europe",
         "The Turkish president, facing pressure to admit those fleeing the Aleppo offensive, said Turkey had already taken in more than 2.5 million Syrians and questioned why the West was not doing more."),
    ]),
    # ------------------------------------------------------------ Munich agreement and the cessation of hostilities, Feb-Apr 2016
    ("cessation-2016", "munich-agreement", [
        ("Reuters", "2016-02-12T00:10", "Major powers agree 'cessation of hostilities' in Syria within a week",
         "MUNICH (Reuters) - Major powers agreed on Friday to a cessation of hostilities in Syria to begin in a week and to expand aid deliveries to besieged areas, U.S. Secretary of State John Kerry said after talks with Russia's Sergei Lavrov and others. Islamic State and the Nusra Front are excluded."),
        ("BBC", "2016-02-12T01:30", "Syria conflict: World powers agree to 'cessation of hostilities'",
         "The International Syria Support Group, meeting in Munich, also agreed to set up a task force to oversee the pause, though Russia said its air strikes against terrorist groups would go on."),
        ("Guardian", "2016-02-12T09:00", "Syria 'cessation of hostilities' deal greeted with scepticism",
         "Opposition figures and diplomats questioned whether the Munich plan would hold, with Russian bombing around Aleppo continuing and Moscow and Washington disagreeing over which groups count as terrorists."),
    ]),
    ("cessation-2016", "hospitals-struck-azaz-idlib", [
        ("AP", "2016-02-15T14:00", "UN: Nearly 50 civilians killed as missiles hit hospitals, schools in Syria",
         "BEIRUT (AP) — Missiles struck at least five medical facilities and two schools in Aleppo and Idlib provinces on Monday, killing nearly 50 civilians, the UN said, days after world powers agreed on a truce."),
        ("Al Jazeera", "2016-02-15T17:20", "MSF-backed hospital in Idlib destroyed in air raids",
         "Doctors Without Borders said a hospital it supports in Maarat al-Numan was hit by four missiles, killing at least seven people, with several staff missing."),
        ("Reuters", "2016-02-15T19:00", "Turkey accuses Russia of 'obvious war crime' after strikes on Azaz hospital",
         "KIEV (Reuters) - Turkish Prime Minister Ahmet Davutoglu blamed Russia on Monday for a missile strike on a children's hospital and a school in Azaz near the Turkish border, calling it an obvious war crime. Moscow denied involvement."),
    ]),
    ("cessation-2016", "truce-terms-announced", [
        ("Reuters", "2016-02-22T18:30", "U.S., Russia announce Syria cessation of hostilities to begin Feb. 27",
         "WASHINGTON/MOSCOW (Reuters) - The United States and Russia said on Monday a cessation of hostilities in Syria would take effect at midnight Damascus time on Feb. 27, with warring parties given until noon on Feb. 26 to say whether they would comply."),
        ("France 24", "2016-02-22T20:00", "Putin and Obama back Syria truce from Saturday",
         "Vladimir Putin said in a televised address that the joint plan was a real chance to end the bloodshed, after a phone call with Barack Obama. The truce excludes the Islamic State group and al-Qaeda's Syrian affiliate al-Nusra Front."),
    ]),
    ("cessation-2016", "truce-accepted", [
        ("AP", "2016-02-23T13:00", "Syrian government accepts US-Russian plan for cessation of hostilities",
         "DAMASCUS, Syria (AP) — The Syrian government said Tuesday it accepts the truce plan but will keep fighting the Islamic State group, the Nusra Front and other groups it calls terrorists."),
        ("Al Jazeera", "2016-02-23T18:00", "Syrian opposition gives conditional approval to truce plan",
         "The High Negotiations Committee said it accepted the US-Russian proposal provided government forces and their allies stop bombing civilians, lift sieges and release detainees."),
    ]),
    ("cessation-2016", "cessation-takes-effect", [
        ("Reuters", "2016-02-26T21:30", "U.N. Security Council backs Syria truce hours before it starts",
         "UNITED NATIONS (Reuters) - The U.N. Security Council unanimously endorsed the U.S.-Russian plan for a cessation of hostilities in Syria on Friday, hours before it was due to come into force at midnight Damascus time."),
        ("BBC", "2016-02-27T09:00", "Syria conflict: Cessation of hostilities comes into effect",
         "A partial truce has begun in Syria, the first major attempt to stop fighting in five years. Reports from Damascus, Aleppo and elsewhere suggest the guns have largely fallen silent."),
        ("DW", "2016-02-27T15:00", "Calm returns to much of Syria as truce takes hold",
         "The truce appeared to be largely holding on its first day, with the UN envoy saying isolated incidents were being contained. Fighting against 'Islamic State' and the Nusra Front is not covered."),
    ]),
    ("cessation-2016", "truce-first-breaches", [
        ("Reuters", "2016-02-28T17:00", "Syrian opposition says truce violated; Russia says it is holding",
         "BEIRUT (Reuters) - Syria's opposition accused government forces and Russian jets of breaching the cessation of hostilities on Sunday, while Moscow said the truce was largely being observed and reported violations by rebel groups."),
        ("AP", "2016-02-29T12:00", "Syria truce holds into 3rd day despite reported breaches",
         "BEIRUT (AP) — Syria's partial truce held into its third day on Monday, with opposition activists reporting air raids in Aleppo, Hama and Idlib provinces and the government accusing insurgents of shelling."),
        ("Guardian", "2016-02-29T18:30", "UN plans aid push to besieged towns as Syria truce largely holds",
         "The UN said it hoped to reach more than 150,000 people in besieged areas within days, taking advantage of the lull, while the monitoring task force met in Geneva to sort out complaints from both sides."),
    ]),
    ("cessation-2016", "idlib-market-strikes", [
        ("Reuters", "2016-04-19T15:00", "Air strikes on Syrian markets kill dozens, imperil truce",
         "BEIRUT (Reuters) - Air strikes killed more than 40 people in the rebel-held towns of Maarat al-Numan and Kafr Nabl in Idlib province on Tuesday, a monitoring group and rescuers said, in the deadliest violation of the cessation of hostilities."),
        ("Al Jazeera", "2016-04-19T18:00", "Syria: Deadly air raids hit crowded Idlib markets",
         "Warplanes struck a vegetable market in Maaret al-Numan and another in nearby Kafranbel, residents said, killing dozens as the partial ceasefire unravels."),
    ]),
    ("cessation-2016", "aleppo-quds-hospital", [
        ("AP", "2016-04-28T10:00", "Airstrikes hit Aleppo hospital, killing doctors and patients",
         "BEIRUT (AP) — Airstrikes destroyed a hospital backed by Doctors Without Borders in a rebel-held district of Aleppo late Wednesday, killing at least 14 people including one of the city's last pediatricians, the group said."),
        ("BBC", "2016-04-28T14:00", "Aleppo: MSF-backed al-Quds hospital destroyed in air strike",
         "The strike on the hospital in the Sukkari district came amid a week of intense bombardment of Aleppo that monitors say has killed more than 200 people on both sides of the divided city."),
        ("DW", "2016-04-28T19:00", "Kerry 'outraged' by Aleppo hospital strike",
         "The US secretary of state said the attack appeared to have been a deliberate strike on a known medical facility and urged Russia to press Damascus to respect the truce. The Syrian army denied targeting the hospital."),
    ]),
    # ------------------------------------------------------------ Russia's partial withdrawal, Mar 2016
    ("russia-drawdown-2016", "putin-orders-withdrawal", [
        ("Reuters", "2016-03-14T16:30", "Putin orders start of Russian forces' withdrawal from Syria",
         "MOSCOW (Reuters) - President Vladimir Putin ordered the main part of Russia's military contingent in Syria to start withdrawing from Tuesday, saying the intervention had largely achieved its objectives. The Hmeimim air base and the Tartus naval facility will keep operating."),
        ("Guardian", "2016-03-14T18:00", "Vladimir Putin orders withdrawal of main part of Russian forces from Syria",
         "The surprise announcement, made at a Kremlin meeting with the defence and foreign ministers, came as peace talks resumed in Geneva. Putin told Sergei Lavrov to step up Moscow's role in the peace process."),
        ("Al Jazeera", "2016-03-14T19:30", "Assad agreed to Russian drawdown, Syrian presidency says",
         "Damascus said the decision was taken in coordination with President Bashar al-Assad during a phone call with Putin, and that Russian support in fighting terrorism would continue."),
    ]),
    ("russia-drawdown-2016", "first-jets-leave", [
        ("AP", "2016-03-15T10:30", "First Russian warplanes leave Syria after Putin order",
         "MOSCOW (AP) — The first group of Russian warplanes left the Hmeimim base in Syria on Tuesday, the Defense Ministry said, with Su-34 bombers following a Tu-154 transport plane home."),
        ("BBC", "2016-03-15T14:00", "Russian jets fly home from Syria's Hmeimim base",
         "Russian state television showed bombers taking off from the base in Latakia province a day after the Kremlin's surprise announcement. It is unclear how many aircraft will stay."),
        ("DW", "2016-03-15T16:00", "Russian pilots welcomed home in Voronezh",
         "The first returning Su-34 crews were greeted with bread, salt and brass bands at their base in Voronezh, in southern Russia, in a homecoming broadcast live on state media."),
    ]),
    ("russia-drawdown-2016", "withdrawal-reactions", [
        ("France 24", "2016-03-15T12:00", "Syrian opposition cautiously welcomes Russian pullout",
         "A spokesman for the High Negotiations Committee said that if the withdrawal was serious it would give the Geneva talks a positive push, but that the opposition wanted to see it happen on the ground."),
        ("Reuters", "2016-03-15T18:30", "U.S. says too early to judge Russia's Syria pullout",
         "WASHINGTON (Reuters) - The White House said on Tuesday it would watch closely to see what Russia's announced withdrawal meant in practice, a day after Presidents Barack Obama and Vladimir Putin discussed it by phone."),
    ]),
    ("russia-drawdown-2016", "second-group-departs", [
        ("Reuters", "2016-03-16T11:00", "Second group of Russian jets leaves Syria as air strikes continue",
         "MOSCOW (Reuters) - A second group of Russian warplanes left Syria on Wednesday, the Defence Ministry said, while a senior officer said Russian aircraft remaining at Hmeimim would keep striking 'terrorist targets'."),
        ("Al Jazeera", "2016-03-16T15:00", "Russian jets still bombing near Palmyra despite drawdown",
         "Monitors reported Russian air raids in support of Syrian troops around Palmyra, as Moscow said the withdrawal did not end operations against ISIL and the Nusra Front."),
    ]),
    ("russia-drawdown-2016", "putin-can-return", [
        ("Reuters", "2016-03-17T14:00", "Putin says Russia can rebuild Syria force within hours if needed",
         "MOSCOW (Reuters) - President Vladimir Putin said on Thursday Russia could build up its forces in Syria again within a few hours if necessary, but hoped the warring sides would keep to the ceasefire."),
        ("France 24", "2016-03-17T17:00", "Putin hands out medals to Syria pilots, warns Russia can return",
         "At a Kremlin ceremony decorating servicemen who fought in Syria, Putin said Russia's remaining air defences and bases would protect its personnel and that Moscow had changed the course of the war."),
    ]),
    ("russia-drawdown-2016", "kerry-moscow-putin", [
        ("AP", "2016-03-24T20:00", "Kerry, Russia agree to push for Syria political transition by August",
         "MOSCOW (AP) — U.S. Secretary of State John Kerry and Russian Foreign Minister Sergey Lavrov said Thursday after talks with President Vladimir Putin that they had agreed to press for a framework for a political transition and a draft constitution by August."),
        ("DW", "2016-03-25T08:00", "Kerry and Lavrov set August target for Syria constitution",
         "After hours of talks in the Kremlin, the two diplomats said they would work with the UN envoy on the next round of Geneva talks, but sidestepped the question of Assad's future."),
    ]),
    # ------------------------------------------------------------ Palmyra recaptured from Islamic State, Mar-Apr 2016
    ("palmyra-retaken-2016", "russian-officer-killed", [
        ("Reuters", "2016-03-24T12:00", "Russian special forces officer killed near Syria's Palmyra: Interfax",
         "MOSCOW (Reuters) - A Russian special forces officer was killed near Palmyra while directing air strikes on Islamic State targets, Interfax news agency quoted a military source as saying, days after Moscow began pulling out most of its forces."),
        ("Guardian", "2016-03-24T15:30", "Russian officer dies in Syria as troops close in on Palmyra",
         "Russia's defence ministry said the officer had been guiding air strikes for advancing Syrian troops, a rare admission that Russian soldiers are on the ground as the battle for the ancient city nears its end."),
    ]),
    ("palmyra-retaken-2016", "army-enters-palmyra", [
        ("AP", "2016-03-24T15:30", "Syrian troops enter IS-held Palmyra",
         "DAMASCUS, Syria (AP) — Syrian troops backed by Russian airstrikes entered the historic town of Palmyra on Thursday, state media said, fighting Islamic State militants in the western part of the town."),
        ("Al Jazeera", "2016-03-24T18:00", "Syrian army pushes into historic Palmyra",
         "Government forces and allied militias reached the edge of the town, home to UNESCO-listed ruins that ISIL has partly destroyed since seizing it last May."),
    ]),
    ("palmyra-retaken-2016", "palmyra-castle-taken", [
        ("Reuters", "2016-03-25T13:00", "Syrian army takes Palmyra castle from Islamic State, state TV says",
         "BEIRUT (Reuters) - The Syrian army and its allies captured the medieval castle overlooking Palmyra on Friday, state television said, as they pressed their offensive to drive Islamic State out of the city."),
        ("France 24", "2016-03-25T16:00", "Syrian troops seize citadel overlooking ancient Palmyra",
         "The hilltop fortress gives the army a commanding view over the Roman-era ruins and the modern town, where jihadists were reported to be fleeing east towards Deir Ezzor."),
    ]),
    ("palmyra-retaken-2016", "palmyra-recaptured", [
        ("Reuters", "2016-03-27T10:00", "Syrian army recaptures Palmyra from Islamic State with Russian help",
         "BEIRUT (Reuters) - The Syrian army, backed by Russian air strikes, recaptured Palmyra from Islamic State on Sunday, the army said, dealing the militants one of their biggest defeats since they declared their caliphate."),
        ("BBC", "2016-03-27T12:00", "Syria's Palmyra retaken by army from IS",
         "Syrian government forces have taken full control of Palmyra after fierce fighting, state media say. IS seized the city in May 2015 and blew up some of its most famous monuments."),
        ("AP", "2016-03-27T15:00", "Assad hails Palmyra recapture as 'important achievement'",
         "DAMASCUS, Syria (AP) — President Bashar Assad said the retaking of Palmyra was an important achievement and proof of the effectiveness of the strategy of the Syrian army and its allies."),
        ("Guardian", "2016-03-27T18:00", "Putin congratulates Assad as Isis driven out of Palmyra",
         "The Russian president phoned Assad to congratulate him on the victory, the Kremlin said, as the US-led coalition, which had not supported the offensive, stayed silent."),
    ]),
    ("palmyra-retaken-2016", "palmyra-ruins-assessed", [
        ("Al Jazeera", "2016-03-27T20:00", "Palmyra ruins 'in good shape', says Syria antiquities chief",
         "Maamoun Abdulkarim said most of the ancient site had survived despite the destruction by ISIL of the temples of Bel and Baalshamin and the Arch of Triumph, and that experts would soon assess the damage."),
        ("France 24", "2016-03-28T11:00", "UNESCO chief hails Palmyra recapture, plans assessment mission",
         "Irina Bokova said the liberation of Palmyra was important for the Syrian people and for humanity, and the UN's cultural agency said it would send experts as soon as security allowed."),
        ("DW", "2016-03-28T15:00", "Palmyra museum found ransacked, statues smashed",
         "Images from inside Palmyra's museum showed statues toppled and defaced and artefacts missing, after nearly ten months of rule by 'Islamic State'."),
    ]),
    ("palmyra-retaken-2016", "russia-demining-palmyra", [
        ("Reuters", "2016-03-28T13:30", "Putin tells UNESCO chief Russia will help clear Palmyra mines",
         "MOSCOW (Reuters) - President Vladimir Putin told UNESCO head Irina Bokova by phone that Russia was ready to help clear mines from Palmyra, the Kremlin said on Monday, as the defence ministry prepared to send sappers."),
        ("AP", "2016-03-29T11:00", "Russian sappers head to Palmyra to clear explosives",
         "MOSCOW (AP) — Russia's Defense Ministry said it was sending military engineers and demining robots to Palmyra, where Islamic State militants are believed to have mined parts of the ancient ruins before they retreated."),
    ]),
    ("palmyra-retaken-2016", "palmyra-mass-grave", [
        ("Reuters", "2016-04-01T13:00", "Syrian army finds mass grave with 42 bodies in Palmyra: military source",
         "BEIRUT (Reuters) - Syrian troops have found a mass grave in Palmyra containing at least 42 bodies, including women and children, a military source said on Friday, some of them beheaded by Islamic State."),
        ("BBC", "2016-04-01T17:00", "Palmyra mass grave: Syrian army says IS victims found",
         "The grave on the outskirts of the town held civilians and soldiers, a Syrian military source said, days after government forces recaptured Palmyra from the jihadists."),
    ]),
    ("palmyra-retaken-2016", "qaryatain-retaken", [
        ("AP", "2016-04-03T12:00", "Syrian troops retake town of Qaryatain from IS",
         "DAMASCUS, Syria (AP) — Syrian troops backed by Russian airstrikes retook the central town of Qaryatain from Islamic State militants on Sunday, state media said, a week after the fall of nearby Palmyra."),
        ("Al Jazeera", "2016-04-03T15:00", "Syrian forces oust ISIL from al-Qaryatain",
         "The town in Homs province, home to a Christian community whose members were abducted by ISIL last year, was the group's last stronghold in the area south-west of Palmyra."),
    ]),
    # ------------------------------------------------------------ The Kurds: Azaz, Turkish shelling, federal region, Qamishli, Feb-Apr 2016
    ("kurds-north-2016", "ypg-takes-menagh", [
        ("Reuters", "2016-02-11T09:00", "Kurdish-led forces seize air base near Turkish border from rebels",
         "BEIRUT (Reuters) - Kurdish-led fighters captured the Menagh air base north of Aleppo from insurgents on Wednesday night, a monitoring group said, exploiting the government offensive in the area. Rebels said Russian jets had backed the advance."),
        ("Al Jazeera", "2016-02-11T13:00", "Kurdish YPG captures Minnigh airbase north of Aleppo",
         "The YPG and its allies in the Syrian Democratic Forces took the former military airport near Azaz, putting them within a few kilometres of the last rebel-held town before the Turkish border."),
    ]),
    ("kurds-north-2016", "turkey-shells-ypg", [
        ("Reuters", "2016-02-13T17:00", "Turkey shells Kurdish militia positions in northern Syria",
         "ISTANBUL (Reuters) - Turkish artillery shelled positions held by the Kurdish YPG militia in northern Syria on Saturday, Prime Minister Ahmet Davutoglu said, demanding the group withdraw from the Menagh air base and the area around Azaz."),
        ("BBC", "2016-02-14T10:00", "Turkey keeps up shelling of Syrian Kurds near Azaz",
         "Turkey has shelled YPG positions for a second day, according to the Kurdish militia and monitors. Ankara regards the YPG as an offshoot of the PKK, although the US backs it against IS."),
        ("AP", "2016-02-14T16:00", "US urges Turkey to halt shelling of Kurds in Syria",
         "WASHINGTON (AP) — The State Department urged Turkey to stop shelling Syrian Kurdish forces and called on the Kurds not to take advantage of the chaos north of Aleppo to seize new territory."),
    ]),
    ("kurds-north-2016", "ypg-takes-tal-rifaat", [
        ("AP", "2016-02-15T20:00", "Kurdish-led fighters seize key Syrian town of Tal Rifaat",
         "BEIRUT (AP) — Kurdish-led fighters captured most of Tal Rifaat, a former rebel stronghold north of Aleppo, on Monday despite days of Turkish shelling, activists said."),
        ("Guardian", "2016-02-16T11:00", "Turkey vows Azaz will not fall as Kurdish forces close in",
         "Ahmet Davutoğlu said Turkey would not allow Azaz to fall to the YPG, after Kurdish-led forces took Tel Rifaat and moved closer to the town near the Öncüpınar border crossing."),
    ]),
    ("kurds-north-2016", "ankara-bomb-blame", [
        ("Reuters", "2016-02-18T10:00", "Turkey blames Syrian Kurdish militia for Ankara bomb that killed 28",
         "ANKARA (Reuters) - Turkey said on Thursday a Syrian member of the Kurdish YPG militia carried out the car bombing of military buses in Ankara that killed 28 people, working with PKK militants inside Turkey."),
        ("Al Jazeera", "2016-02-18T14:00", "Syrian Kurdish PYD denies role in Ankara attack",
         "PYD leader Saleh Muslim rejected Turkey's accusations and warned Ankara against using the bombing as a pretext to intervene in northern Syria, where Turkish artillery has been hitting YPG positions for days."),
    ]),
    ("kurds-north-2016", "kurds-declare-federal", [
        ("Reuters", "2016-03-17T13:00", "Syrian Kurds declare federal region in northern Syria",
         "BEIRUT (Reuters) - Syrian Kurdish-led parties declared a federal system in areas under their control in northern Syria on Thursday, at a meeting in the town of Rmeilan, a move they said would be a model for the whole country."),
        ("BBC", "2016-03-17T15:30", "Syria conflict: Kurds declare federal system",
         "Delegates from Kurdish, Arab and Assyrian groups approved a federal region covering the three Kurdish-run cantons and areas seized from IS, and elected two co-chairs to run it."),
        ("France 24", "2016-03-17T18:00", "Kurds proclaim federation in northern Syria, excluded from Geneva talks",
         "The Democratic Union Party (PYD) and its allies, shut out of the UN-led negotiations at Turkey's insistence, said the federation of 'Rojava - Northern Syria' did not amount to a bid for independence."),
    ]),
    ("kurds-north-2016", "federal-region-rejected", [
        ("AP", "2016-03-17T20:00", "Damascus, opposition reject Kurdish federal plan",
         "BEIRUT (AP) — Syria's government said the Kurdish declaration had no legal value, and the main opposition bloc also rejected it, in rare agreement between the two sides negotiating in Geneva."),
        ("Al Jazeera", "2016-03-18T09:00", "US, Turkey say they will not recognise Kurdish federal region",
         "Washington, which arms the YPG against ISIL, said it would not recognise self-ruled zones in Syria, and Ankara said it opposed any move that threatened the country's territorial integrity."),
    ]),
    ("kurds-north-2016", "qamishli-clashes", [
        ("Reuters", "2016-04-21T12:00", "Kurdish forces, pro-government militia clash in Syria's Qamishli",
         "BEIRUT (Reuters) - Kurdish security forces and pro-government militiamen fought for a second day in the northeastern city of Qamishli on Thursday, a monitor said, with dozens killed including civilians."),
        ("AP", "2016-04-22T15:00", "Truce reached in Syria's Qamishli after days of clashes",
         "BEIRUT (AP) — Syrian Kurdish officials said Friday a ceasefire had been agreed with government forces in Qamishli after talks mediated by Russian officers, ending the worst fighting between the two sides in years."),
    ]),
    # ------------------------------------------------------------ EU-Turkey migrant deal and Syrian refugees, Mar-Apr 2016
    ("eu-turkey-deal-2016", "eu-turkey-summit-plan", [
        ("Reuters", "2016-03-08T01:00", "EU, Turkey agree outline of deal to return migrants",
         "BRUSSELS (Reuters) - European Union leaders agreed the outline of a deal with Turkey early on Tuesday under which Ankara would take back all migrants crossing to Greece in return for more money, faster visa-free travel and the resettlement of Syrian refugees in Europe, with details due next week."),
        ("Guardian", "2016-03-08T09:00", "Turkey demands €6bn for one-in, one-out Syrian refugee plan",
         "Ahmet Davutoğlu's surprise proposal would see the EU resettle one Syrian from Turkish camps for every Syrian returned from the Greek islands, with the bloc doubling its aid pledge."),
        ("DW", "2016-03-08T12:00", "Merkel: Turkey refugee plan a 'breakthrough' if it works",
         "The German chancellor defended the proposal worked out with Davutoglu on the eve of the summit, while UN agencies warned that collective returns of Syrians could break international law."),
    ]),
    ("eu-turkey-deal-2016", "eu-turkey-deal-sealed", [
        ("Reuters", "2016-03-18T15:00", "EU, Turkey seal deal to return migrants from Greece",
         "BRUSSELS (Reuters) - The European Union and Turkey agreed on Friday that all migrants arriving in Greece from Sunday would be sent back to Turkey, while the EU would take in thousands of Syrian refugees directly from Turkey."),
        ("BBC", "2016-03-18T16:30", "EU-Turkey migrant deal: What has been agreed?",
         "For every Syrian returned to Turkey, another Syrian will be resettled in the EU, up to a limit of 72,000 people. Turkey gets a further 3bn euros and a promise of faster visa-free travel."),
        ("Al Jazeera", "2016-03-18T19:00", "Rights groups condemn EU-Turkey deal on refugees",
         "Amnesty International called the agreement a historic blow to human rights, saying Turkey was not a safe country for Syrians and other refugees."),
    ]),
    ("eu-turkey-deal-2016", "deal-takes-effect", [
        ("AP", "2016-03-20T10:00", "Migrants keep arriving in Greece as EU-Turkey deal takes effect",
         "LESBOS, Greece (AP) — Boats carrying Syrians, Afghans and Iraqis kept landing on Greek islands on Sunday as the deal came into force, with Greek officials saying they lacked the staff to process returns."),
        ("France 24", "2016-03-20T15:00", "Greece begins enforcing EU-Turkey migrant pact",
         "Anyone arriving on the islands from Sunday faces being sent back to Turkey, but Athens said returns would not start until April, and it was unclear how Syrians' asylum claims would be handled."),
    ]),
    ("eu-turkey-deal-2016", "unhcr-suspends-hotspots", [
        ("Guardian", "2016-03-22T14:00", "UNHCR suspends work at Greek island 'detention' centres",
         "The UN refugee agency said it would stop transporting people to the reception centres on the Greek islands, which had become closed detention facilities under the EU-Turkey deal."),
        ("Reuters", "2016-03-22T17:30", "U.N. refugee agency, aid groups pull back from Greek camps over EU deal",
         "GENEVA (Reuters) - The UNHCR said on Tuesday it was suspending some activities at closed centres on the Greek islands, saying it would not be party to mandatory detention, and medical charity MSF also scaled back."),
    ]),
    ("eu-turkey-deal-2016", "amnesty-forced-returns", [
        ("Guardian", "2016-04-01T06:00", "Turkey illegally returning Syrian refugees, says Amnesty",
         "Amnesty International said Turkish authorities had been rounding up and expelling groups of around 100 Syrians a day, including children, in a practice it said exposed the flaws of the EU-Turkey deal."),
        ("Reuters", "2016-04-01T13:00", "Turkey denies Amnesty report of mass Syrian deportations",
         "ANKARA (Reuters) - Turkey said on Friday that no Syrian was being returned against their will, rejecting an Amnesty report days before returns from Greece under the EU migrant deal are due to start."),
    ]),
    ("eu-turkey-deal-2016", "first-returns-resettlement", [
        ("Reuters", "2016-04-04T09:00", "First boats carrying migrants from Greece arrive in Turkey under EU deal",
         "DIKILI, Turkey (Reuters) - Two boats carrying migrants deported from the Greek island of Lesbos arrived in the Turkish port of Dikili on Monday, the first returns under the EU-Turkey deal. Most were Pakistanis."),
        ("AP", "2016-04-04T12:00", "Greece deports first 202 migrants to Turkey under EU deal",
         "LESBOS, Greece (AP) — Greece sent 202 migrants back to Turkey from Lesbos and Chios on Monday, escorted by EU border agency officers. None were Syrians, officials said."),
        ("DW", "2016-04-04T16:00", "First Syrian refugees arrive in Germany under EU-Turkey deal",
         "A group of Syrians flown from Istanbul landed in Hanover and were taken to the Friedland reception centre, the first to be resettled under the one-for-one scheme."),
    ]),
    ("eu-turkey-deal-2016", "merkel-nizip-visit", [
        ("AP", "2016-04-23T13:00", "Merkel visits Syrian refugee camp in Turkey to promote migrant deal",
         "GAZIANTEP, Turkey (AP) — German Chancellor Angela Merkel toured a refugee camp near the Syrian border on Saturday with EU Council President Donald Tusk and Turkish Prime Minister Ahmet Davutoglu, defending the EU-Turkey agreement."),
        ("DW", "2016-04-23T16:00", "Merkel and Tusk tour Nizip camp near Syrian border",
         "At the camp housing Syrian refugees, Merkel praised Turkey's hospitality and said she favoured zones inside Syria where the ceasefire would be especially protected, while critics accused the EU of outsourcing its refugee policy."),
    ]),
]
