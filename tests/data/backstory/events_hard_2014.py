# ruff: noqa: E501  (gold data: reports are kept whole, as outlets would write them)
"""Blind history (written blind on 2026-11-28), July to September 2014: (thread, event, reports).

A report is (source, "YYYY-MM-DDTHH:MM" UTC, title, summary). Written for the project from
real events, from memory of public reporting and not checked against sources: tolls,
counts and some exact dates are approximate (the labels, not the figures, are what is scored);
each outlet tells an event in its own words. Nine threads run in overlapping weeks and
share actors and places (the Islamic State, the Nusra Front, the US and Obama, Assad,
Damascus, Raqqa, Deir ez-Zor, the UN, the Golan, Turkey, Iraq), so telling them apart takes
more than matching names:

- raqqa-bases-2014: the Islamic State's summer offensive on government positions, from the
  Shaer gas field to Division 17, Brigade 93 and the fall of Tabqa air base, the execution
  of captured soldiers and loyalist anger (July - September 2014);
- deir-shueitat-2014: the Islamic State's takeover of Deir ez-Zor province, the al-Omar
  oilfield, the Shueitat tribe's revolt and the massacre that crushed it (July - August 2014);
- us-hostages-2014: Western hostages in Syria: James Foley's killing, the failed US rescue
  raid, Peter Theo Curtis's release, Steven Sotloff and David Haines (August - September 2014);
- golan-peacekeepers-2014: the Nusra Front's seizure of the Quneitra crossing, the Fijian
  peacekeepers taken and the Filipinos' escape, their release and UNDOF's pullback
  (late August - September 2014);
- us-strikes-road-2014: Washington's road to striking the Islamic State in Syria: Dempsey,
  Damascus's offer, surveillance flights, "no strategy yet", the NATO coalition, Obama's
  speech, Jeddah, Paris and Congress arming rebels (August - September 2014);
- un-resolutions-2014: Security Council resolutions 2165 on cross-border aid and 2170 on
  the Islamic State and Nusra, and UN tallies of the dead, the crimes and the refugees
  (July - August 2014);
- assad-third-term-2014: Assad's inauguration for a third term, Halqi reappointed and the
  new government (July - August 2014);
- de-mistura-2014: Staffan de Mistura named UN envoy and his first trip to Damascus
  (July - September 2014);
- chemical-destruction-2014: the last of Syria's declared chemical stockpile destroyed at sea
  aboard the Cape Ray and the OPCW's chlorine findings (July - September 2014).
"""

EVENTS = [
    # ------------------------------------------------------------ IS offensive on army positions in Raqqa and Homs, Jul - Sep 2014
    ("raqqa-bases-2014", "shaer-gas-field-overrun", [
        ("AP", "2014-07-17T19:40", "Islamic militants storm gas field in central Syria",
         "BEIRUT (AP) — Fighters from the Islamic State group overran a natural gas field in Syria's central Homs province on Thursday, killing dozens of guards and workers in one of the bloodiest assaults on government forces since the group declared its caliphate, activists said."),
        ("Reuters", "2014-07-18T10:20", "Islamic State kills 270 in seizure of Syrian gas field, monitor says",
         "BEIRUT (Reuters) - Islamic State fighters killed at least 270 Syrian soldiers, guards and employees when they captured the Shaer gas field east of Homs, the Syrian Observatory for Human Rights said on Friday, the deadliest single attack by the group on President Bashar al-Assad's forces."),
        ("Al Jazeera", "2014-07-18T14:30", "ISIL seizes Shaer gas field, executes captives",
         "Many of the dead were shot after being captured, according to the UK-based Observatory, which said some workers had escaped. The field near Palmyra feeds power stations in western Syria, and its loss comes two days before Assad is due to be sworn in for a new term."),
    ]),
    ("raqqa-bases-2014", "division-17-overrun", [
        ("Reuters", "2014-07-25T13:10", "Islamic State overruns Syrian army base near Raqqa, beheads soldiers: monitor",
         "BEIRUT (Reuters) - Islamic State fighters seized the Division 17 army base outside Raqqa on Friday after a two-day assault that began with suicide car bombs, killing dozens of soldiers and beheading some of them, the Syrian Observatory for Human Rights said."),
        ("BBC", "2014-07-25T17:45", "Syria conflict: Jihadists seize army base in Raqqa",
         "Militants from the Islamic State (IS) group have captured a military base in the northern province of Raqqa, killing at least 50 soldiers, activists say. Pictures posted online appeared to show soldiers' heads displayed on railings in Raqqa city, the group's stronghold."),
        ("Guardian", "2014-07-26T09:30", "Isis parades soldiers' heads after taking Syrian army garrison",
         "The assault on the Division 17 garrison, besieged for more than a year, came as Isis also attacked Regiment 121 in Hasakah, widening an offensive against the regime after months in which the two sides largely avoided each other. The army now holds only Brigade 93 and the Tabqa airbase in the province."),
    ]),
    ("raqqa-bases-2014", "shaer-retaken", [
        ("Reuters", "2014-07-26T15:20", "Syrian army says it has retaken gas field from Islamic State",
         "BEIRUT (Reuters) - Syria's army said on Saturday it had regained full control of the Shaer gas field in Homs province, a week after Islamic State fighters overran it and killed scores of guards and workers, state television reported."),
        ("France 24", "2014-07-27T08:40", "Damascus claims recapture of Shaer gas field as army reels in Raqqa",
         "State media showed troops at the field and said 'large numbers of terrorists' had been killed, while the Observatory said fighting continued in the surrounding hills. The announcement came a day after jihadists displayed the heads of soldiers killed at the Division 17 base."),
    ]),
    ("raqqa-bases-2014", "brigade-93-falls", [
        ("Reuters", "2014-08-07T14:40", "Islamic State seizes army base in Syria's Raqqa province",
         "BEIRUT (Reuters) - Islamic State fighters captured the Brigade 93 base near Ain Issa in Syria's northern Raqqa province on Thursday after days of fighting, the Syrian Observatory for Human Rights said, leaving Tabqa military airport as the government's last foothold in the province."),
        ("Al Jazeera", "2014-08-07T19:20", "ISIL takes Brigade 93 base near Ain Issa",
         "At least 40 soldiers were killed in the assault, according to activists, in which the group used tanks and armoured vehicles seized from the Iraqi army in Mosul in June. Many of the surviving troops withdrew towards Tabqa."),
        ("DW", "2014-08-08T09:15", "'Islamic State' tightens grip on Raqqa with capture of army base",
         "The jihadists' advance in northern Syria came as US President Barack Obama authorized targeted air strikes against the militants in neighboring Iraq. Syrian state media did not comment on the loss of the base."),
    ]),
    ("raqqa-bases-2014", "tabqa-assault-launched", [
        ("Reuters", "2014-08-20T12:30", "Islamic State attacks Syrian air base, last army post in Raqqa",
         "BEIRUT (Reuters) - Islamic State fighters launched an assault on Tabqa military airport, the Syrian government's last stronghold in Raqqa province, the Syrian Observatory for Human Rights said on Wednesday. Government jets have stepped up raids on the group's positions in Raqqa city."),
        ("AP", "2014-08-21T14:50", "Dozens killed as militants battle Syrian troops for air base",
         "BEIRUT (AP) — Islamic State militants pressed their attack on the Tabqa air base in northern Syria on Thursday, with activists reporting scores of dead on both sides as Syrian warplanes bombed the attackers' supply lines around the Euphrates dam."),
        ("BBC", "2014-08-22T11:10", "Syria: Fierce fighting for government's last airbase in Raqqa",
         "Hundreds of fighters from the Islamic State group are attacking the Tabqa airbase, where government troops who retreated from the Division 17 and Brigade 93 bases are now gathered, activists say."),
    ]),
    ("raqqa-bases-2014", "tabqa-falls", [
        ("Reuters", "2014-08-24T11:30", "Islamic State seizes Tabqa air base, ousting Syrian army from Raqqa province",
         "BEIRUT (Reuters) - Islamic State fighters captured the Tabqa air base in northern Syria on Sunday after days of fighting, the Syrian Observatory for Human Rights said, giving the group full control of Raqqa province. More than 500 fighters on both sides were killed in the battle, the monitor said."),
        ("AP", "2014-08-24T15:20", "Islamic State group captures key Syrian air base",
         "BEIRUT (AP) — Syrian state television acknowledged the loss of Tabqa by saying troops had carried out a 'successful regrouping' after evacuating the base, and that they were striking militants around it from the air."),
        ("Guardian", "2014-08-24T19:10", "Isis takes Tabqa airbase, its biggest victory over the Assad regime",
         "The capture of the airfield, the last government outpost in a province run from Raqqa city as the capital of Isis's caliphate, comes days after the group's video of the killing of the American journalist James Foley. Hundreds of soldiers were reported missing as they fled across the desert."),
        ("Al Jazeera", "2014-08-25T07:00", "ISIL seizes Tabqa, last regime foothold in Raqqa",
         "The fall of the airbase, used by the air force to strike rebel and ISIL areas across the north, is a heavy blow to the army after losing three bases in the province in a month. Damascus has offered to work with Washington against the group."),
    ]),
    ("raqqa-bases-2014", "tabqa-soldiers-executed", [
        ("AP", "2014-08-28T10:10", "Islamic State video shows execution of captured Syrian soldiers",
         "BEIRUT (AP) — The Islamic State group posted a video showing its fighters marching scores of captured Syrian soldiers, stripped to their underwear, through the desert before shooting them, days after it seized the Tabqa air base."),
        ("Reuters", "2014-08-28T13:40", "Islamic State says it executed 160 Syrian soldiers taken at Tabqa",
         "BEIRUT (Reuters) - Islamic State militants said they had killed more than 160 Syrian soldiers captured after the fall of Tabqa air base, posting pictures of bodies lying in rows, in the group's latest mass killing of prisoners."),
        ("France 24", "2014-08-28T17:00", "Jihadists massacre Syrian troops captured after fall of Tabqa",
         "The Observatory said at least 120 of the soldiers had been executed and that the fate of hundreds more remained unknown. The footage appeared as UN investigators accused the Islamic State of crimes against humanity."),
    ]),
    ("raqqa-bases-2014", "tabqa-loyalist-anger", [
        ("AP", "2014-08-31T13:20", "Tabqa losses stir rare anger among Assad supporters",
         "BEIRUT (AP) — The slaughter of soldiers captured at Tabqa has set off rare public criticism from government supporters, with families demanding news of missing men and some pro-government pages calling for Defense Minister Fahd Jassem al-Freij, kept on in the new cabinet, to be held to account."),
        ("Guardian", "2014-09-01T11:40", "'Where are they?': families of Tabqa soldiers turn on the regime",
         "Online campaigns by relatives of soldiers missing since the airbase fell accuse commanders of abandoning the conscripts while officers were flown out, a sign of strain in the coastal Alawite heartland that has supplied many of Assad's troops."),
    ]),

    # ------------------------------------------------------------ IS takes Deir ez-Zor, the Shueitat revolt and massacre, Jul - Aug 2014 (same weeks)
    ("deir-shueitat-2014", "omar-oilfield-seized", [
        ("Reuters", "2014-07-03T14:50", "Islamic State seizes Syria's largest oilfield from rival Islamists",
         "BEIRUT (Reuters) - Islamic State fighters took control of al-Omar, Syria's biggest oilfield, in Deir al-Zor province on Thursday after the Nusra Front withdrew without a fight, the Syrian Observatory for Human Rights said, extending the group's grip along the Euphrates to the Iraqi border."),
        ("France 24", "2014-07-03T18:30", "Jihadists seize Syria's biggest oil field days after caliphate claim",
         "The takeover came as rebel and tribal fighters in the town of Mayadin pledged allegiance to the group or fled, days after it declared a 'caliphate' straddling Syria and Iraq."),
        ("BBC", "2014-07-04T08:20", "Syria crisis: Isis takes control of al-Omar oilfield",
         "Control of the field gives the jihadists a lucrative source of income from crude sold through middlemen, analysts say. The Syrian government and the Nusra Front have fought for the region's oil since 2012."),
    ]),
    ("deir-shueitat-2014", "deir-city-rebel-districts-taken", [
        ("Reuters", "2014-07-14T16:00", "Islamic State takes rebel-held parts of Syria's Deir al-Zor city",
         "BEIRUT (Reuters) - Islamic State fighters took over rebel-held districts of Deir al-Zor city on Monday after Nusra Front and other brigades withdrew, the Syrian Observatory said, leaving the group in control of almost all of the eastern province except government-held areas and the military airport."),
        ("Al Jazeera", "2014-07-14T20:40", "ISIL tightens control over Deir ez-Zor",
         "Rebel commanders in the city said they had been forced out after being cut off by the group's advance along the river, as black flags went up over former Free Syrian Army headquarters. The group now holds a continuous stretch from Raqqa to the Iraqi border."),
    ]),
    ("deir-shueitat-2014", "shueitat-uprising", [
        ("Reuters", "2014-08-03T15:40", "Syrian tribe rises up against Islamic State in Deir al-Zor",
         "BEIRUT (Reuters) - Fighters from the Sheitaat tribe drove Islamic State militants out of three villages in eastern Syria after the group detained tribesmen, the Syrian Observatory for Human Rights said on Sunday, a rare challenge to its rule in the province."),
        ("Al Jazeera", "2014-08-04T12:10", "Tribe clashes with ISIL in eastern Syria",
         "Members of the Shaitat tribe attacked ISIL positions in Abu Hamam, Kishkiyeh and Gharanij, villages on the Euphrates east of Mayadin, and killed several of the group's fighters, activists said. ISIL has sent reinforcements from Raqqa."),
    ]),
    ("deir-shueitat-2014", "shueitat-revolt-crushed", [
        ("AP", "2014-08-11T16:30", "Islamic State crushes tribal revolt in eastern Syria, activists say",
         "BEIRUT (AP) — Islamic State militants stormed villages of the Shueitat tribe in Deir el-Zour province, retaking the area after a week of clashes and forcing thousands of families to flee, activists said Monday."),
        ("Guardian", "2014-08-12T10:20", "Isis drives thousands of tribespeople from their homes in eastern Syria",
         "Residents said fighters went house to house in Abu Hamam, detaining men of fighting age and shooting others, after the tribe's short-lived uprising. The group declared the Shueitat apostates who had fought the caliphate."),
        ("DW", "2014-08-12T15:00", "'IS' retakes villages from rebellious Syrian tribe",
         "The militants, who are under US air attack across the border in Iraq, used mortars and heavy weapons seized from the Iraqi army to overrun the tribal villages in Deir ez-Zor, according to the Syrian Observatory for Human Rights."),
    ]),
    ("deir-shueitat-2014", "shueitat-700-killed", [
        ("Reuters", "2014-08-16T14:30", "Islamic State executed 700 members of Syrian tribe, monitor says",
         "BEIRUT (Reuters) - Islamic State militants have killed about 700 members of the Sheitaat tribe in eastern Syria over two weeks, most of them civilians and many by beheading, the Syrian Observatory for Human Rights said on Saturday."),
        ("BBC", "2014-08-17T08:30", "Syria: IS 'killed 700 tribespeople' in Deir al-Zour",
         "Activists say the Islamic State group carried out mass executions of the Shaitat tribe after it rose up against the militants. The report comes a day after the UN Security Council passed a resolution aimed at choking off the group's funding and recruits."),
        ("France 24", "2014-08-17T12:50", "Jihadists accused of massacring hundreds of tribesmen in eastern Syria",
         "Hundreds more Shueitat tribesmen remain missing, the Observatory said, calling it the worst single atrocity by the Islamic State in Syria, after weeks in which the group also killed captured soldiers in Raqqa and Homs."),
    ]),

    # ------------------------------------------------------------ Western hostages, Aug - Sep 2014 (same weeks)
    ("us-hostages-2014", "foley-killed", [
        ("Reuters", "2014-08-19T22:10", "Islamic State video shows beheading of U.S. journalist James Foley",
         "(Reuters) - Islamic State militants released a video on Tuesday purporting to show the beheading of American journalist James Foley, who went missing in Syria in 2012, in retaliation for U.S. air strikes in Iraq. The group showed a man it said was U.S. journalist Steven Sotloff and said his fate depended on Obama's next move."),
        ("BBC", "2014-08-20T06:30", "James Foley: Islamic State militants 'behead reporter'",
         "The masked militant in the video, titled A Message to America, speaks with a British accent. Mr Foley, a freelance reporter, was seized by gunmen in north-western Syria in November 2012."),
        ("Guardian", "2014-08-20T12:00", "Cameron cuts short holiday as hunt begins for British killer of James Foley",
         "The prime minister returned to Downing Street as security services worked to identify the man with a London accent seen in the video, one of hundreds of Britons believed to have joined Isis in Syria and Iraq."),
        ("AP", "2014-08-20T17:10", "Obama: world appalled by killing of James Foley",
         "EDGARTOWN, Mass. (AP) — President Barack Obama said Wednesday the Islamic State group was a 'cancer' with no place in the 21st century and vowed the US would be relentless in protecting its people, hours after the group posted video of the journalist's beheading."),
    ]),
    ("us-hostages-2014", "rescue-raid-disclosed", [
        ("AP", "2014-08-20T23:40", "US says special forces tried to rescue hostages in Syria",
         "WASHINGTON (AP) — U.S. special operations forces secretly went into Syria this summer to try to rescue American hostages held by Islamic State militants, including James Foley, but did not find them at the site, the Obama administration said Wednesday."),
        ("Reuters", "2014-08-21T01:20", "U.S. military tried and failed to free hostages held in Syria",
         "WASHINGTON (Reuters) - Several dozen U.S. special forces troops landed near an oil facility in northern Syria in early July in an attempt to free American hostages, but the captives had been moved, U.S. officials said. One American was wounded in a firefight with militants."),
        ("Guardian", "2014-08-21T09:00", "Failed Syria raid: US commandos found hostages had been moved",
         "Officials said the operation near Raqqa, disclosed hours after Foley's killing, involved aircraft and ground troops and was the first known US ground operation in Syria. Some in Congress criticised the administration for revealing it."),
    ]),
    ("us-hostages-2014", "curtis-freed", [
        ("Reuters", "2014-08-24T20:30", "American writer held by Syria's Nusra Front freed, handed to U.N.",
         "WASHINGTON (Reuters) - Peter Theo Curtis, an American writer held for nearly two years by the al Qaeda-linked Nusra Front, was released on Sunday and handed to U.N. peacekeepers in the Golan Heights, Secretary of State John Kerry said."),
        ("AP", "2014-08-25T00:40", "Family: American held in Syria for 2 years freed",
         "BOSTON (AP) — The mother of Peter Theo Curtis said she was overwhelmed with gratitude after her son's release, days after another American, James Foley, was killed by Islamic State militants. Qatar said it had helped mediate."),
        ("Al Jazeera", "2014-08-25T10:00", "Qatar mediation frees US writer held by Nusra",
         "Curtis, who was seized in October 2012 after crossing from Turkey, was handed over at the Quneitra crossing and taken to the Israeli-occupied side of the Golan. Officials said no ransom had been paid by Washington."),
    ]),
    ("us-hostages-2014", "sotloff-mother-appeal", [
        ("AP", "2014-08-27T14:30", "Mother of US journalist held by Islamic State pleads for son's life",
         "MIAMI (AP) — The mother of Steven Sotloff released a video Wednesday appealing directly to Islamic State leader Abu Bakr al-Baghdadi, addressing him as caliph and asking him to show mercy to her son, who was threatened in the video of James Foley's killing."),
        ("Reuters", "2014-08-27T16:20", "Sotloff's mother appeals to Islamic State leader to spare journalist",
         "(Reuters) - Shirley Sotloff said her son, a freelance reporter kidnapped near Aleppo in August 2013, was an innocent journalist who had gone to cover the suffering of Muslims and could not be held responsible for the actions of the U.S. government."),
    ]),
    ("us-hostages-2014", "sotloff-killed", [
        ("Reuters", "2014-09-02T18:10", "Islamic State video shows beheading of U.S. journalist Sotloff: SITE",
         "(Reuters) - Islamic State militants released a video on Tuesday showing the beheading of American journalist Steven Sotloff, the SITE monitoring service said, and threatened to kill a British hostage next unless Washington halted air strikes in Iraq."),
        ("BBC", "2014-09-02T19:30", "Steven Sotloff: IS video shows killing of second US journalist",
         "The same masked man who appeared in the video of James Foley's murder tells Barack Obama 'I'm back'. The video ends with a threat against a British man, whose family has asked for his name not to be published."),
        ("Guardian", "2014-09-03T10:40", "Cobra meets as Isis threatens British hostage",
         "David Cameron chaired an emergency meeting of the government's Cobra committee after the killing of Steven Sotloff and said the UK would not pay ransoms, while not ruling out British air strikes against the group."),
        ("AP", "2014-09-03T12:10", "Obama vows justice after Islamic State kills second US journalist",
         "TALLINN, Estonia (AP) — President Barack Obama said Wednesday the United States would not be intimidated by the beheading of Steven Sotloff and that whoever thought they could harm Americans would find that 'justice will be served'."),
    ]),
    ("us-hostages-2014", "sotloff-sold-claim", [
        ("AP", "2014-09-08T18:40", "Spokesman says Syrian rebels sold Sotloff to Islamic State",
         "MIAMI (AP) — A spokesman for Steven Sotloff's family said Monday that a rebel group described as moderate sold the journalist to Islamic State militants shortly after he crossed into Syria from Turkey, for between $25,000 and $50,000. The claim could not be independently verified."),
        ("Al Jazeera", "2014-09-09T09:30", "Sotloff family says 'moderate' rebels betrayed journalist",
         "Barak Barfi, a friend and family spokesman, said someone at the border had tipped off the kidnappers. The allegation comes as Washington prepares to expand support to Syrian rebel factions it regards as moderate."),
    ]),
    ("us-hostages-2014", "haines-killed", [
        ("Reuters", "2014-09-13T21:50", "Islamic State video purports to show beheading of British aid worker",
         "LONDON (Reuters) - Islamic State militants released a video on Saturday purporting to show the beheading of British aid worker David Haines, and threatened to kill a second Briton, in the latest killing of a Western hostage held in Syria."),
        ("BBC", "2014-09-14T07:00", "David Haines: IS video shows murder of British hostage",
         "Mr Haines, 44, from Scotland, was abducted near the Atmeh refugee camp in Syria in March 2013 while working for the French aid agency Acted. The militant in the video accuses David Cameron of joining the US against the group."),
        ("Guardian", "2014-09-14T12:30", "Cameron vows to hunt down killers of David Haines",
         "Speaking after a Cobra meeting, the prime minister called the murder an act of pure evil and said Britain would work with allies to 'confront this threat', stopping short of committing to air strikes. Alan Henning, a taxi driver from Salford, was shown at the end of the video."),
    ]),

    # ------------------------------------------------------------ UN peacekeepers and the Nusra Front on the Golan, Aug - Sep 2014 (same weeks)
    ("golan-peacekeepers-2014", "quneitra-crossing-seized", [
        ("Reuters", "2014-08-27T10:30", "Syrian rebels seize Golan Heights crossing, Israeli officer hurt",
         "JERUSALEM/BEIRUT (Reuters) - Syrian rebels including the al Qaeda-linked Nusra Front seized the Quneitra crossing between Syria and the Israeli-occupied Golan Heights on Wednesday, and an Israeli officer was wounded by stray fire, prompting Israel to hit Syrian army positions."),
        ("Al Jazeera", "2014-08-27T15:10", "Syrian rebels take Quneitra crossing on Golan",
         "Fighters from the Nusra Front and other groups overran the government checkpoint at the crossing after heavy clashes, activists said, three days after an American held by Nusra was handed to UN peacekeepers at the same crossing."),
        ("DW", "2014-08-27T17:40", "Israel returns fire as Syrian fighting spills over Golan ceasefire line",
         "The Israeli army said it fired at two Syrian military positions after mortar rounds landed on its side of the armistice line. UN peacekeepers who monitor the 1974 disengagement accord said they were watching the situation closely."),
    ]),
    ("golan-peacekeepers-2014", "fijian-peacekeepers-detained", [
        ("AP", "2014-08-28T11:30", "UN: 43 peacekeepers detained by armed group on Golan",
         "UNITED NATIONS (AP) — An armed group detained 43 U.N. peacekeepers from Fiji on the Syrian side of the Golan Heights on Thursday, and another 81 from the Philippines were trapped at their positions near Breiqa and Rwihinah, the United Nations said."),
        ("Reuters", "2014-08-28T14:20", "Fijian U.N. peacekeepers seized on Golan, Filipinos surrounded",
         "UNITED NATIONS (Reuters) - Syrian fighters seized dozens of U.N. peacekeepers on the Golan Heights during fighting with government forces, the United Nations said, a day after Nusra Front-led rebels took the Quneitra crossing. Secretary-General Ban Ki-moon demanded their release."),
        ("BBC", "2014-08-28T16:30", "Golan Heights: UN peacekeepers 'detained by Syrian militants'",
         "The UN Disengagement Observer Force, Undof, has about 1,200 troops from six countries patrolling the buffer zone. The Philippines had already announced it would pull its contingent out because of the growing danger."),
    ]),
    ("golan-peacekeepers-2014", "filipinos-escape", [
        ("Reuters", "2014-08-30T16:00", "Filipino peacekeepers come under fire on Golan, some evacuated",
         "BEIRUT (Reuters) - Syrian insurgents attacked two U.N. positions held by Filipino peacekeepers on the Golan Heights on Saturday, the United Nations said, and 32 troops were evacuated from one of them while the other held out."),
        ("AP", "2014-08-31T06:30", "Filipino peacekeepers escape Syrian rebels on Golan",
         "MANILA, Philippines (AP) — Forty Filipino peacekeepers escaped overnight from their post after a seven-hour firefight with Syrian rebels who had surrounded them, Philippine military chief Gen. Gregorio Catapang said Sunday, calling it 'the greatest escape'."),
        ("Guardian", "2014-08-31T13:10", "Filipino troops slip away from Golan position under cover of darkness",
         "The peacekeepers walked out of their base at Rwihinah and reached the Israeli-held side of the line, the UN said. Irish troops had helped evacuate the other Filipino post a day earlier; the Fijians seized on Thursday remain in the hands of the Nusra Front."),
    ]),
    ("golan-peacekeepers-2014", "nusra-states-demands", [
        ("AP", "2014-09-02T07:40", "Fiji says captors of peacekeepers have issued demands",
         "SUVA, Fiji (AP) — The Nusra Front fighters holding 45 Fijian peacekeepers want the group taken off the United Nations list of terrorist organizations, Fiji's military commander Brig. Gen. Mosese Tikoitoga said Tuesday, adding that the soldiers were safe."),
        ("Al Jazeera", "2014-09-02T13:00", "Nusra wants UN terror delisting in exchange for peacekeepers",
         "The group is also demanding humanitarian aid for the besieged Ghouta region near Damascus and compensation for three of its fighters killed in a shootout with UN troops. Nusra was named alongside ISIL in a Security Council resolution targeting jihadist fighters and funding last month."),
    ]),
    ("golan-peacekeepers-2014", "fijians-freed", [
        ("Reuters", "2014-09-11T10:50", "Syria's Nusra Front frees 45 Fijian U.N. peacekeepers",
         "BEIRUT (Reuters) - The Nusra Front released 45 Fijian U.N. peacekeepers it had held for two weeks on the Golan Heights, the United Nations said on Thursday, handing them over near the Quneitra crossing."),
        ("BBC", "2014-09-11T13:00", "Fijian UN peacekeepers freed by Syrian rebels on Golan",
         "The soldiers were in good condition and crossed into the Israeli-occupied Golan, UN officials said. Fiji's prime minister said he was deeply relieved and thanked those who had helped secure their release."),
        ("Al Jazeera", "2014-09-11T16:00", "Nusra releases captive Fijian peacekeepers",
         "A Nusra statement said the soldiers had been freed because they were not party to the conflict, and it was not clear whether any of the group's demands had been met. Qatar was reported to have mediated, as it did in the release of American writer Theo Curtis."),
    ]),
    ("golan-peacekeepers-2014", "undof-pulls-back", [
        ("Reuters", "2014-09-15T17:00", "U.N. pulls Golan peacekeepers back to Israeli side as fighting nears",
         "UNITED NATIONS (Reuters) - U.N. peacekeepers on the Golan Heights have withdrawn from positions on the Syrian side of the ceasefire line to the Israeli-occupied side because of advances by armed groups, the United Nations said on Monday."),
        ("DW", "2014-09-16T08:20", "UN peacekeepers abandon Syrian side of Golan",
         "The withdrawal of hundreds of troops from Camp Faouar and other posts follows the abduction of Fijian soldiers by the al-Nusra Front, and leaves much of the buffer zone in rebel hands for the first time since the 1974 disengagement."),
    ]),

    # ------------------------------------------------------------ The US road to strikes in Syria, Aug - Sep 2014 (same weeks)
    ("us-strikes-road-2014", "dempsey-syria-side", [
        ("Reuters", "2014-08-21T20:30", "Islamic State cannot be beaten without tackling Syria side, top U.S. general says",
         "WASHINGTON (Reuters) - The Islamic State cannot be defeated without addressing the part of the group that resides in Syria, U.S. Joint Chiefs Chairman General Martin Dempsey said on Thursday, as Defense Secretary Chuck Hagel called the militants 'beyond anything that we've seen'."),
        ("Guardian", "2014-08-22T08:00", "Pentagon opens door to strikes on Isis in Syria",
         "The remarks by Hagel and Dempsey, two days after the killing of James Foley, were the clearest sign yet that the administration is weighing extending its Iraq air campaign across the border, where the group controls Raqqa and much of the east."),
    ]),
    ("us-strikes-road-2014", "muallem-offers-cooperation", [
        ("Reuters", "2014-08-25T11:30", "Syria says ready to work with U.S. against Islamic State, but strikes must be coordinated",
         "DAMASCUS (Reuters) - Syria is ready to cooperate with the international community, including the United States, to fight Islamic State, Foreign Minister Walid al-Moualem said on Monday, but any strike on its territory without its consent would be considered aggression."),
        ("AP", "2014-08-25T13:40", "Syria warns US against unilateral strikes on militants",
         "DAMASCUS, Syria (AP) — Syria's foreign minister said Monday that Damascus should be a partner in any Western action against the Islamic State group, a day after the militants seized the Tabqa air base, the government's last stronghold in Raqqa province."),
        ("BBC", "2014-08-25T16:00", "Syria offers to help fight IS, says strikes need approval",
         "Walid Muallem said Syria had been fighting terrorism for three years and welcomed any action that 'comes through the Syrian government'. The US has said it will not coordinate with President Bashar al-Assad."),
    ]),
    ("us-strikes-road-2014", "surveillance-flights-approved", [
        ("AP", "2014-08-26T02:30", "Obama authorizes surveillance flights over Syria",
         "WASHINGTON (AP) — President Barack Obama has authorized surveillance flights over Syria, U.S. officials said Monday, a step that could pave the way for airstrikes against Islamic State militants there. The administration has no plans to coordinate with Assad's government."),
        ("Al Jazeera", "2014-08-26T12:10", "US to fly spy missions over Syria, sidestepping Damascus",
         "Manned and unmanned aircraft will gather intelligence on ISIL positions in eastern and northern Syria, US officials say. The White House dismissed Damascus's offer of cooperation, saying there were no plans to seek Assad's permission."),
    ]),
    ("us-strikes-road-2014", "no-strategy-yet", [
        ("Reuters", "2014-08-28T19:20", "Obama says no strategy yet for tackling Islamic State in Syria",
         "WASHINGTON (Reuters) - President Barack Obama said on Thursday he did not yet have a strategy for dealing with Islamic State militants in Syria, and asked Secretary of State John Kerry to build a regional coalition against the group."),
        ("Guardian", "2014-08-28T22:30", "'We don't have a strategy yet': Obama on Isis in Syria",
         "The president said he did not want to 'put the cart before the horse' and told reporters that military options for Syria were still being prepared, prompting Republican criticism as surveillance flights over the country began."),
        ("BBC", "2014-08-29T07:30", "Obama admits US has no strategy yet on Islamic State in Syria",
         "Mr Obama also rejected any suggestion that he must choose between the group and President Assad, saying Assad had lost legitimacy. He said Iraq remained the focus of US military action."),
    ]),
    ("us-strikes-road-2014", "nato-core-coalition", [
        ("Reuters", "2014-09-05T14:30", "U.S. forms 'core coalition' against Islamic State at NATO summit",
         "NEWPORT, Wales (Reuters) - The United States has enlisted nine allies, including Britain, France, Turkey and Australia, to a core coalition to fight Islamic State militants in Iraq and Syria, Secretary of State John Kerry said on Friday, ruling out Western ground troops."),
        ("France 24", "2014-09-05T18:00", "Obama vows to 'degrade and destroy' IS as NATO summit ends",
         "Obama said the alliance's members were ready to act against the jihadists, while leaving open whether strikes would extend into Syria. France said it was ready to help but stressed any action must respect international law."),
    ]),
    ("us-strikes-road-2014", "obama-strategy-speech", [
        ("AP", "2014-09-11T01:30", "Obama authorizes airstrikes in Syria against Islamic State",
         "WASHINGTON (AP) — President Barack Obama said Wednesday night he would not hesitate to strike the Islamic State group in Syria as well as Iraq, announcing he would send 475 more US service members to Iraq and urging Congress to approve arming and training moderate Syrian rebels."),
        ("Reuters", "2014-09-11T02:10", "Obama orders expanded campaign against Islamic State, including Syria",
         "WASHINGTON (Reuters) - President Barack Obama announced a long-term campaign to 'degrade and ultimately destroy' Islamic State, saying in a televised address on the eve of the Sept. 11 anniversary that the United States would hunt down the militants wherever they are."),
        ("Al Jazeera", "2014-09-11T15:20", "Syria and Russia warn US against strikes without consent",
         "Damascus said any action on its territory without its approval would be an aggression, and Moscow said strikes in Syria without a UN mandate would breach international law, a day after Obama's address."),
    ]),
    ("us-strikes-road-2014", "jeddah-meeting", [
        ("Reuters", "2014-09-11T18:30", "Arab states pledge to 'do their share' against Islamic State at Jeddah talks",
         "JEDDAH, Saudi Arabia (Reuters) - Ten Arab states agreed on Thursday to stand with the United States against Islamic State, committing to stop the flow of fighters and funds and, where appropriate, to join a coordinated military campaign, after talks with Secretary of State John Kerry."),
        ("Al Jazeera", "2014-09-11T21:00", "Kerry wins Arab backing for anti-ISIL coalition",
         "Gulf states, Egypt, Iraq, Jordan and Lebanon signed the Jeddah communique. Saudi Arabia has agreed to host training for vetted Syrian rebels under the plan Obama announced on Wednesday."),
        ("DW", "2014-09-12T08:00", "Turkey declines to sign up to Jeddah pledge against 'IS'",
         "Turkey attended but did not sign, with officials citing the 49 people held by the militants since they seized its consulate in Mosul. Kerry travels to Ankara on Friday to press for a bigger Turkish role."),
    ]),
    ("us-strikes-road-2014", "paris-conference", [
        ("Reuters", "2014-09-15T13:40", "Paris conference pledges to help Iraq fight Islamic State 'by any means'",
         "PARIS (Reuters) - About 30 countries pledged on Monday to support Iraq against Islamic State by all necessary means, including military assistance, at a conference in Paris, but offered no answer on how to tackle the militants' base in Syria."),
        ("France 24", "2014-09-15T17:30", "Hollande opens Paris talks as French jets start Iraq reconnaissance",
         "France began reconnaissance flights over Iraq from a base in the UAE, but officials said Paris was not ready to strike in Syria. Neither Iran nor the Syrian government was invited to the conference."),
    ]),
    ("us-strikes-road-2014", "congress-backs-rebel-training", [
        ("AP", "2014-09-17T21:30", "House backs Obama plan to arm Syrian rebels",
         "WASHINGTON (AP) — The House voted 273-156 on Wednesday to authorize the U.S. military to train and equip moderate Syrian rebels to fight the Islamic State group, a key element of President Barack Obama's strategy."),
        ("Guardian", "2014-09-18T09:10", "US Congress edges towards approving Syrian rebel training",
         "Both parties were split on the measure, attached to a stopgap spending bill, with critics warning weapons could end up with jihadists. The vote came after the president promised there would be no American combat troops on the ground."),
        ("Reuters", "2014-09-18T23:10", "U.S. Senate approves arming Syrian rebels, sending measure to Obama",
         "WASHINGTON (Reuters) - The U.S. Senate voted 78-22 on Thursday to approve Obama's plan to train and arm moderate Syrian rebels, clearing the way for an expanded campaign against Islamic State."),
    ]),

    # ------------------------------------------------------------ UN Security Council resolutions and UN tallies, Jul - Aug 2014
    ("un-resolutions-2014", "resolution-2165-cross-border-aid", [
        ("Reuters", "2014-07-14T17:30", "U.N. Security Council approves aid deliveries into Syria without Damascus consent",
         "UNITED NATIONS (Reuters) - The U.N. Security Council unanimously authorized aid convoys to enter rebel-held areas of Syria from Turkey, Iraq and Jordan without government consent on Monday, in a resolution that could help reach more than a million people."),
        ("Al Jazeera", "2014-07-14T20:00", "UN allows cross-border aid into rebel-held Syria",
         "Resolution 2165 opens four crossings, Bab al-Salam and Bab al-Hawa from Turkey, al-Yarubiyah from Iraq and al-Ramtha from Jordan, for 180 days, with a UN monitoring mechanism to confirm shipments carry only relief. Russia and China backed the text after a reference to sanctions was dropped."),
        ("Guardian", "2014-07-15T08:00", "Syria aid breakthrough as UN backs deliveries across borders",
         "Aid agencies welcomed the resolution as long overdue, saying 10.8 million Syrians need help and almost 5 million live in hard-to-reach areas, but warned that access inside the country remained blocked by fighting."),
    ]),
    ("un-resolutions-2014", "first-cross-border-convoy", [
        ("Reuters", "2014-07-24T14:00", "First U.N. aid convoy crosses into Syria from Turkey under new resolution",
         "GENEVA (Reuters) - A U.N. aid convoy crossed into Syria from Turkey on Thursday without Damascus's consent for the first time, carrying food, medicine and shelter materials for civilians in rebel-held parts of Aleppo province, the World Food Programme said."),
        ("AP", "2014-07-24T17:00", "UN trucks deliver aid into rebel-held Syria via Turkey",
         "ISTANBUL (AP) — Trucks inspected and sealed by U.N. monitors on the Turkish side passed through the Bab al-Salam crossing, the first delivery under the Security Council's new resolution. The Syrian government had warned that unauthorized aid would be a violation of its sovereignty."),
    ]),
    ("un-resolutions-2014", "resolution-2170-adopted", [
        ("Reuters", "2014-08-15T17:20", "U.N. Security Council moves to cut off funding, fighters for Islamic State, Nusra",
         "UNITED NATIONS (Reuters) - The U.N. Security Council unanimously adopted a resolution on Friday aimed at weakening Islamic State and the Nusra Front in Iraq and Syria by choking off financing and the flow of foreign fighters, and blacklisted six people including the Islamic State spokesman."),
        ("BBC", "2014-08-15T19:30", "UN targets Islamic State and al-Nusra Front with sanctions",
         "Resolution 2170, passed under Chapter VII, also warns that trading oil with the groups could lead to sanctions, but does not authorise military force. Those blacklisted include Abu Mohammed al-Adnani and Kuwaiti financiers accused of funding jihadists in Syria."),
        ("France 24", "2014-08-16T08:00", "UN resolution aims to starve jihadists of money and recruits",
         "The resolution calls on all states to stop their nationals joining the Islamic State and al-Nusra, whose fighters control oilfields across eastern Syria and swathes of Iraq. Damascus welcomed the move, saying it vindicated its war on terrorism."),
    ]),
    ("un-resolutions-2014", "un-death-toll-191000", [
        ("Reuters", "2014-08-22T09:30", "Syria war death toll tops 191,000, U.N. says",
         "GENEVA (Reuters) - At least 191,369 people were killed in Syria's civil war between March 2011 and April 2014, more than double the number a year earlier, the United Nations human rights office said on Friday, adding the real toll was probably higher."),
        ("Guardian", "2014-08-22T12:00", "Syria death toll more than doubles in a year, says UN",
         "Navi Pillay, the UN human rights chief, accused the international community of paralysis that had emboldened killers on all sides. The toll includes more than 8,800 children, and does not cover deaths since the Islamic State's advance this summer."),
        ("DW", "2014-08-22T14:00", "UN rights chief slams world's 'paralysis' over Syria",
         "In one of her last statements before leaving office, Pillay said the slaughter in Syria had been largely forgotten as attention turned to the crisis in Iraq, calling the failure to act on Syria a blot on the world's conscience."),
    ]),
    ("un-resolutions-2014", "coi-crimes-against-humanity", [
        ("Reuters", "2014-08-27T11:00", "U.N. investigators accuse Islamic State of crimes against humanity in Syria",
         "GENEVA (Reuters) - Islamic State is waging a campaign of terror in northern and eastern Syria, staging public executions, amputations and lashings in town squares, U.N. investigators said on Wednesday, accusing the group of crimes against humanity."),
        ("Al Jazeera", "2014-08-27T18:00", "UN inquiry: both ISIL and Damascus commit atrocities",
         "The commission led by Paulo Pinheiro said government forces had dropped barrel bombs on civilians and used chlorine gas in eight attacks in April, and that bodies of people executed by ISIL were displayed on crosses in Raqqa."),
    ]),
    ("un-resolutions-2014", "refugees-top-three-million", [
        ("Reuters", "2014-08-29T07:30", "Syrian refugees top three million, half of all Syrians displaced: UNHCR",
         "GENEVA (Reuters) - The number of Syrian refugees has passed three million and another 6.5 million people are displaced inside the country, meaning almost half of all Syrians have fled their homes, the U.N. refugee agency said on Friday."),
        ("France 24", "2014-08-29T13:30", "UN calls Syria 'biggest humanitarian emergency of our era'",
         "Antonio Guterres said Syrians were fleeing in ever more horrifying conditions, most of them to Lebanon, Jordan and Turkey, as fighting spread with the Islamic State's advance in the east of the country."),
    ]),

    # ------------------------------------------------------------ Assad's third term and new government, Jul - Aug 2014
    ("assad-third-term-2014", "assad-sworn-in", [
        ("Reuters", "2014-07-16T11:00", "Assad sworn in for third term, says West will pay for backing 'terrorism'",
         "DAMASCUS (Reuters) - Bashar al-Assad was sworn in for a third seven-year term as Syria's president on Wednesday, warning that Western and Arab states that backed the insurgency would pay a high price as militants they supported turned against them."),
        ("AP", "2014-07-16T12:40", "Assad takes oath for new term, vows to win war",
         "DAMASCUS, Syria (AP) — Placing his hand on the Quran before lawmakers at the presidential palace, Assad took the oath of office after a June election dismissed by the opposition and the West as a farce, then spoke for more than an hour."),
        ("BBC", "2014-07-16T14:00", "Syria's Assad begins third term promising to retake Raqqa",
         "In his inauguration speech, President Assad said the army would 'liberate' Raqqa from the terrorists and offered reconciliation to those who laid down arms. His new term comes as jihadists of the Islamic State tighten their hold on eastern Syria."),
    ]),
    ("assad-third-term-2014", "halqi-reappointed", [
        ("Reuters", "2014-08-03T12:00", "Assad reappoints Halqi as Syria's prime minister",
         "BEIRUT (Reuters) - Syrian President Bashar al-Assad reappointed Wael al-Halqi as prime minister on Sunday and asked him to form a new government, state media reported, in the first major appointment of his new term."),
        ("France 24", "2014-08-03T16:30", "Halqi to form new Syrian government after Assad's re-election",
         "Halqi, a doctor from Daraa, has led the government since August 2012, when his predecessor Riad Hijab defected to the opposition. The decree came as the army lost ground to jihadists in Raqqa province."),
    ]),
    ("assad-third-term-2014", "new-cabinet-named", [
        ("Reuters", "2014-08-27T13:10", "Assad names new government, keeps foreign and defence ministers",
         "BEIRUT (Reuters) - President Bashar al-Assad named a new Syrian government on Wednesday, keeping Walid al-Moualem as foreign minister and Fahd Jassem al-Freij as defence minister, state media said, days after the army lost the Tabqa air base."),
        ("AP", "2014-08-27T16:50", "Syria's Assad forms new Cabinet with key ministers unchanged",
         "DAMASCUS, Syria (AP) — The decree kept the interior minister and the minister for national reconciliation, Ali Haidar, in their posts while replacing several economic ministers, state news agency SANA said."),
        ("Al Jazeera", "2014-08-28T08:30", "Assad's new government: same faces at the top",
         "Analysts said the reshuffle signalled continuity as Damascus pitches itself as a partner against ISIL, with Moallem, who this week offered to coordinate with Washington, staying on as foreign minister and deputy prime minister."),
    ]),
    ("assad-third-term-2014", "assad-addresses-cabinet", [
        ("Reuters", "2014-08-31T14:40", "Assad tells new government to push reconciliation, fight graft",
         "BEIRUT (Reuters) - President Bashar al-Assad told his new cabinet at its first meeting on Sunday to press on with local reconciliation deals, fight corruption and restore services, state television said, saying Syria had been right to warn the world about terrorism."),
        ("France 24", "2014-08-31T18:10", "Assad says West now faces terror it helped create",
         "Addressing ministers in Damascus, Assad said Western states that had backed the rebels were now reaping what they sowed, state media reported, as Washington weighs strikes on jihadists in Syria."),
    ]),

    # ------------------------------------------------------------ Staffan de Mistura, UN envoy, Jul - Sep 2014
    ("de-mistura-2014", "de-mistura-appointed", [
        ("Reuters", "2014-07-10T17:00", "U.N. names Staffan de Mistura as new Syria peace envoy",
         "UNITED NATIONS (Reuters) - U.N. Secretary-General Ban Ki-moon appointed veteran diplomat Staffan de Mistura on Thursday as his special envoy for Syria, replacing Lakhdar Brahimi, who quit in May after peace talks in Geneva failed."),
        ("AP", "2014-07-10T18:30", "Ban picks Swedish-Italian diplomat as Syria envoy",
         "UNITED NATIONS (AP) — Staffan de Mistura, who has led U.N. missions in Iraq and Afghanistan, becomes the third envoy to try to end Syria's war. Egyptian diplomat Ramzy Ezzeldin Ramzy was named his deputy."),
        ("Al Jazeera", "2014-07-11T08:00", "New UN envoy inherits stalled Syria peace effort",
         "Unlike his predecessors Kofi Annan and Brahimi, de Mistura will represent only the UN, not the Arab League. He takes on the role as Assad prepares to start a third term and ISIL controls large parts of the east."),
    ]),
    ("de-mistura-2014", "de-mistura-arrives-damascus", [
        ("Reuters", "2014-09-09T13:00", "U.N. envoy de Mistura arrives in Damascus on first visit",
         "DAMASCUS (Reuters) - U.N. Syria envoy Staffan de Mistura arrived in Damascus on Tuesday on his first trip since taking up the post, and was due to meet Foreign Minister Walid al-Moualem and other officials."),
        ("France 24", "2014-09-09T16:00", "New UN envoy in Damascus as US weighs strikes on jihadists",
         "De Mistura, who said he came to listen, is seeking to revive a political process stalled since the collapse of the Geneva talks, as the fight against the Islamic State increasingly dominates the international agenda."),
    ]),
    ("de-mistura-2014", "de-mistura-meets-assad", [
        ("Reuters", "2014-09-11T14:00", "Assad tells U.N. envoy fight on terrorism must go with political solution",
         "BEIRUT (Reuters) - President Bashar al-Assad told U.N. envoy Staffan de Mistura on Thursday that any political solution must go hand in hand with fighting terrorism, and that countries must abide by a Security Council resolution on Islamist militants, state media said."),
        ("AP", "2014-09-11T15:30", "Syria's Assad meets new UN envoy in Damascus",
         "DAMASCUS, Syria (AP) — Assad received Staffan de Mistura at his palace, state news agency SANA said, hours after President Barack Obama said he would not hesitate to strike the Islamic State group in Syria."),
        ("Al Jazeera", "2014-09-12T08:00", "De Mistura ends Damascus talks with no peace plan",
         "The envoy said he had had useful meetings but offered no new initiative, saying only that the rise of ISIL and Nusra made a political solution more urgent. He is expected to travel on to regional capitals."),
    ]),

    # ------------------------------------------------------------ Chemical weapons destroyed at sea and chlorine findings, Jul - Sep 2014
    ("chemical-destruction-2014", "gioia-tauro-transfer", [
        ("Reuters", "2014-07-02T11:30", "Syria's chemical weapons transferred to U.S. ship in Italian port",
         "GIOIA TAURO, Italy (Reuters) - Syrian chemical agents were transferred from a Danish cargo ship to the U.S. vessel Cape Ray in the southern Italian port of Gioia Tauro on Wednesday, ahead of their destruction at sea."),
        ("AP", "2014-07-02T14:00", "Syrian chemicals loaded onto US ship in Italy",
         "GIOIA TAURO, Italy (AP) — Cranes moved 78 containers of the most dangerous chemicals in Syria's declared arsenal onto the Cape Ray, which will neutralize them in international waters in the Mediterranean. Local residents protested the operation."),
        ("DW", "2014-07-02T16:30", "Cape Ray takes on Syrian chemical arms for destruction at sea",
         "The last of the 1,300 tonnes declared by Damascus left Syria's Latakia port last month. Part of the waste from the process will be burned at a plant in Germany."),
    ]),
    ("chemical-destruction-2014", "cape-ray-begins-neutralising", [
        ("AP", "2014-07-07T21:00", "US ship begins destroying Syrian chemical weapons at sea",
         "WASHINGTON (AP) — The crew of the Cape Ray has begun neutralizing Syria's chemical agents using hydrolysis equipment aboard the ship in international waters, the Pentagon said Monday, a process expected to take weeks."),
        ("Reuters", "2014-07-08T09:30", "U.S. ship starts neutralizing Syrian chemical arms in Mediterranean",
         "WASHINGTON (Reuters) - The destruction of around 600 tonnes of sulfur mustard and sarin precursors aboard the Cape Ray has begun, Pentagon spokesman Rear Admiral John Kirby said, under the deal struck after last year's sarin attack near Damascus."),
    ]),
    ("chemical-destruction-2014", "destruction-completed", [
        ("Reuters", "2014-08-18T20:30", "Obama hails destruction of Syria's deadliest chemical arms aboard U.S. ship",
         "WASHINGTON (Reuters) - The U.S. military has finished neutralizing the most dangerous chemical weapons declared by Syria aboard the Cape Ray, President Barack Obama said on Monday, calling it an important achievement but warning Damascus must still account for gaps in its declaration."),
        ("AP", "2014-08-18T22:00", "US completes destruction of Syria's declared chemical stockpile at sea",
         "WASHINGTON (AP) — Defense Secretary Chuck Hagel said the Cape Ray had finished the job weeks ahead of schedule, and that the waste would be taken to Finland and Germany for disposal."),
        ("Guardian", "2014-08-19T09:00", "Syria chemical weapons destroyed, but questions remain over chlorine",
         "The completion of the operation a year after the Ghouta sarin attack was hailed in Washington, but diplomats said reports of chlorine barrel bombs, which fall outside the declared stockpile, showed Assad's chemical threat had not ended."),
    ]),
    ("chemical-destruction-2014", "opcw-chlorine-findings", [
        ("Reuters", "2014-09-10T17:30", "Chlorine used 'systematically' in Syria attacks, watchdog says",
         "THE HAGUE (Reuters) - Chlorine gas was used 'systematically and repeatedly' as a weapon in attacks on villages in northern Syria this year, a fact-finding mission of the Organisation for the Prohibition of Chemical Weapons said on Wednesday."),
        ("France 24", "2014-09-10T19:00", "OPCW finds 'compelling' evidence of chlorine attacks in Syria",
         "The mission cited the villages of Talmenes, Al-Tamanah and Kafr Zita and said witnesses described gas canisters dropped from helicopters, which only government forces fly, though it stopped short of assigning blame."),
    ]),
]
