# ruff: noqa: E501  (gold data: reports are kept whole, as outlets would write them)
"""Blind history (written blind on 2026-11-28), January to May 2012: (thread, event, reports).

A report is (source, "YYYY-MM-DDTHH:MM" UTC, title, summary). Written for the project from
real events, from memory of public reporting and not checked against sources: tolls,
counts and some exact dates are approximate (the labels, not the figures, are what is scored);
each outlet tells an event in its own words. Nine threads run in overlapping
weeks and share actors and places (Assad, the Free Syrian Army, the Syrian National Council,
Homs, Baba Amr, Idlib, Damascus, Russia, China, the UN, the Arab League, Turkey, Kofi Annan),
so telling them apart takes more than matching names:

- arab-league-monitors-2012: the Arab League observer mission, the attack on monitors in
  Latakia, the transition plan, the Gulf pullout, the suspension and the formal end
  (January - February 2012);
- un-veto-diplomacy-2012: the Security Council drive, the Russian-Chinese double veto,
  Lavrov in Damascus, the General Assembly vote and the Friends of Syria meetings in Tunis
  and Istanbul (January - April 2012);
- homs-baba-amr-2012: the bombardment of Homs, the siege and fall of Baba Amr, the Red Cross
  standoff, Valerie Amos's visit and the Karm al-Zeitoun killings (February - March 2012);
- journalists-homs-2012: Gilles Jacquier, Anthony Shadid, Marie Colvin and Remi Ochlik,
  and the escape of the wounded reporters from Baba Amr (January - March 2012);
- referendum-election-2012: Assad's reform promises, the constitutional referendum and the
  May parliamentary election (January - May 2012);
- annan-plan-2012: Kofi Annan's appointment, his talks with Assad, the six-point plan, the
  April 10 deadline and the April 12 ceasefire (February - April 2012);
- un-observers-2012: the UN observer resolutions, the deployment of UNSMIS under Robert Mood
  and the blast beside his convoy in Deraa (April - May 2012);
- idlib-offensive-2012: the army's offensive in Idlib province, the flight of refugees into
  Turkey and the shooting into the Kilis camp (March - April 2012);
- damascus-bombings-2012: the suicide and car bombings against security targets in Damascus
  and Aleppo, from Midan to Qazzaz (January - May 2012).
"""

EVENTS = [
    # ------------------------------------------------------------ Arab League observer mission, Jan - Feb 2012
    ("arab-league-monitors-2012", "league-keeps-observers", [
        ("Reuters", "2012-01-08T19:40", "Arab League keeps monitors in Syria, urges end to violence",
         "CAIRO (Reuters) - Arab foreign ministers decided on Sunday to keep their monitoring mission in Syria and to send more observers, saying Damascus had only partially carried out a peace plan to withdraw troops from cities, free detainees and stop killing protesters."),
        ("Al Jazeera", "2012-01-08T21:15", "Arab ministers give Syria mission more time despite criticism",
         "A ministerial committee chaired by Qatar's prime minister said the 165-strong observer team led by Sudanese General Mohammed Ahmed al-Dabi would stay on, despite opposition calls to hand the file to the UN Security Council. Activists say hundreds have been killed since the monitors arrived on December 26."),
    ]),
    ("arab-league-monitors-2012", "monitors-attacked-latakia", [
        ("AP", "2012-01-10T09:20", "Arab League says observers attacked in Syria",
         "CAIRO (AP) — The Arab League said Tuesday that pro-government protesters attacked its observers in the Syrian port city of Latakia, lightly injuring several monitors and damaging their vehicles, and accused Damascus of failing to protect them."),
        ("BBC", "2012-01-10T15:05", "Syria unrest: Arab League monitors hurt in Latakia",
         "Arab League chief Nabil Elaraby said the Syrian government bore full responsibility for the safety of the observers after Monday's assault by crowds loyal to the president. Hours later Bashar al-Assad accused the league of failing the Arabs in a defiant speech."),
        ("Guardian", "2012-01-11T10:40", "Arab monitors under attack as mission's credibility crumbles",
         "The league's mission came under fresh strain after its observers were mobbed in Latakia, and Anwar Malek, an Algerian member of the team, said he had quit because it was serving the regime rather than protecting civilians."),
    ]),
    ("arab-league-monitors-2012", "league-transition-plan", [
        ("Reuters", "2012-01-22T20:30", "Arab League calls on Assad to hand power to deputy",
         "CAIRO (Reuters) - The Arab League called on Sunday for Syrian President Bashar al-Assad to hand power to his deputy and form a unity government within two months to prepare for elections, and extended its monitoring mission by a month."),
        ("Al Jazeera", "2012-01-22T22:00", "Saudi Arabia pulls out of Arab monitoring mission in Syria",
         "Saudi Foreign Minister Prince Saud al-Faisal said the kingdom was withdrawing its observers because Damascus had not implemented any element of the Arab plan, as ministers in Cairo adopted a roadmap asking Assad to delegate authority to Vice-President Farouq al-Sharaa."),
        ("AP", "2012-01-23T09:10", "Syria rejects Arab League plan as 'flagrant interference'",
         "BEIRUT (AP) — Syria on Monday rejected the Arab League's new plan for a transfer of power, calling it a violation of its sovereignty and a flagrant interference in its internal affairs, according to state TV."),
    ]),
    ("arab-league-monitors-2012", "gulf-monitors-withdraw", [
        ("Reuters", "2012-01-24T11:50", "Gulf Arab states withdraw monitors from Syria mission",
         "DUBAI (Reuters) - The six-member Gulf Cooperation Council said on Tuesday it would pull its monitors out of the Arab League mission in Syria, following Saudi Arabia's lead, saying it was certain the bloodshed and killing of innocents would continue."),
        ("BBC", "2012-01-24T16:30", "Syria's Muallem says Arab plan is dead but monitors can stay",
         "Foreign Minister Walid Muallem told a news conference Damascus would accept a one-month extension of the observer mission but rejected the league's call for President Assad to step aside, and said any attempt to take the plan to the UN Security Council would fail."),
    ]),
    ("arab-league-monitors-2012", "mission-suspended", [
        ("Reuters", "2012-01-28T14:10", "Arab League halts Syria monitoring mission as violence rises",
         "CAIRO (Reuters) - The Arab League suspended its monitoring mission in Syria on Saturday because of a sharp escalation in violence, Secretary-General Nabil Elaraby said, as government forces fought rebels in the suburbs of Damascus."),
        ("Al Jazeera", "2012-01-28T16:40", "Arab League suspends Syria observers citing 'critical deterioration'",
         "Elaraby said the Syrian government had opted for the military option in violation of its commitments, and that the victims were mostly innocent civilians. The observers will stay in Damascus pending a decision by member states."),
        ("DW", "2012-01-29T10:20", "Syria regrets Arab League decision to pull back monitors",
         "Syria's government said on Sunday the suspension of the Arab observer mission was meant to push the UN Security Council into intervening, as troops pushed into rebel-held suburbs on the eastern edge of Damascus."),
    ]),
    ("arab-league-monitors-2012", "mission-ended-peacekeepers", [
        ("Reuters", "2012-02-12T19:20", "Arab League ends Syria mission, seeks joint peacekeeping force",
         "CAIRO (Reuters) - Arab foreign ministers on Sunday formally ended their suspended monitoring mission in Syria and asked the U.N. Security Council to form a joint Arab-U.N. peacekeeping force, a week after Russia and China blocked a council resolution."),
        ("BBC", "2012-02-12T21:30", "Syria: Arab League plan for UN peacekeepers rejected by Damascus",
         "Syria's ambassador to the league, Ahmed Youssef, said Damascus categorically rejected the resolution, which also urges Arab states to open contacts with the opposition and give it political and material support. The observer mission's head, Gen Mohammed al-Dabi, has resigned."),
    ]),
    # ------------------------------------------------------------ Security Council, double veto, Friends of Syria, Jan - Apr 2012 (same weeks)
    ("un-veto-diplomacy-2012", "elaraby-briefs-council", [
        ("Reuters", "2012-01-31T20:40", "Arab League urges U.N. Security Council to act on Syria",
         "UNITED NATIONS (Reuters) - Arab League chief Nabil Elaraby and Qatar's prime minister urged the U.N. Security Council on Tuesday to endorse the league's plan calling for President Bashar al-Assad to cede power, as Western foreign ministers pressed Russia to drop its objections."),
        ("Guardian", "2012-01-31T23:10", "Clinton and Hague confront Russia at UN over Syria",
         "Hillary Clinton told the security council it faced a choice between standing with the Syrian people or being complicit in continuing violence, while Russia's envoy Vitaly Churkin said the western-Arab draft could open the way to regime change."),
    ]),
    ("un-veto-diplomacy-2012", "russia-china-double-veto", [
        ("AP", "2012-02-04T16:20", "Russia, China veto UN resolution on Syria",
         "UNITED NATIONS (AP) — Russia and China vetoed a UN resolution on Saturday backing an Arab League plan calling for Syrian President Bashar Assad to step aside, hours after activists said government forces killed more than 200 people in the city of Homs."),
        ("Reuters", "2012-02-04T17:05", "U.S. 'disgusted' as Russia, China block Security Council on Syria",
         "UNITED NATIONS (Reuters) - U.S. Ambassador Susan Rice said Washington was disgusted that Russia and China had vetoed the resolution, which won 13 votes in the 15-member council. Russia said the draft ignored violence by armed opposition groups."),
        ("BBC", "2012-02-04T18:30", "Syria crisis: Second veto at UN leaves West fuming",
         "It was the second time since October that Moscow and Beijing had used their vetoes to shield Damascus. UK Foreign Secretary William Hague said Russia and China had turned their backs on the Arab world."),
        ("Al Jazeera", "2012-02-05T08:10", "Syrians burn Russian and Chinese flags after UN veto",
         "Protesters in opposition neighbourhoods vented their anger at Moscow and Beijing, activists said, as the Syrian National Council said the veto amounted to a licence to kill. Shelling of Homs continued overnight."),
    ]),
    ("un-veto-diplomacy-2012", "lavrov-in-damascus", [
        ("Reuters", "2012-02-07T13:40", "Lavrov says Assad committed to ending violence after Damascus talks",
         "DAMASCUS (Reuters) - Russian Foreign Minister Sergei Lavrov said on Tuesday that President Bashar al-Assad was fully committed to stopping violence from whatever source, after talks in Damascus three days after Moscow vetoed a Security Council resolution."),
        ("France 24", "2012-02-07T16:50", "Gulf states expel Syrian envoys as Russia's Lavrov meets Assad",
         "The six Gulf Cooperation Council states said they were recalling their ambassadors from Damascus and expelling Syria's envoys, a day after the United States closed its embassy. Crowds waving Russian flags greeted Lavrov's motorcade in the Syrian capital."),
    ]),
    ("un-veto-diplomacy-2012", "general-assembly-vote", [
        ("AP", "2012-02-16T21:30", "UN General Assembly condemns Syria crackdown",
         "UNITED NATIONS (AP) — The UN General Assembly overwhelmingly approved a resolution Thursday condemning Syria's crackdown and backing an Arab League plan for Assad to step aside, by a vote of 137-12 with 17 abstentions."),
        ("DW", "2012-02-16T22:15", "UN assembly vote isolates Syria, Russia and China",
         "Russia and China voted against the non-binding General Assembly resolution, which also calls for a UN special envoy on Syria, and Syria's ambassador said it was a bid to undermine the country. China said it would send a deputy foreign minister to Damascus."),
    ]),
    ("un-veto-diplomacy-2012", "friends-of-syria-tunis", [
        ("Reuters", "2012-02-24T15:30", "Friends of Syria demand ceasefire, recognise opposition council",
         "TUNIS (Reuters) - Western and Arab nations meeting in Tunisia on Friday called for an immediate ceasefire in Syria to let aid into areas such as Homs and recognised the opposition Syrian National Council as a legitimate representative of Syrians."),
        ("Guardian", "2012-02-24T19:00", "Clinton calls Russia and China 'despicable' over Syria veto",
         "The US secretary of state said it was distressing to see two permanent members of the security council using their veto while people were being murdered, as Saudi Arabia's foreign minister said arming the rebels would be an excellent idea."),
        ("Al Jazeera", "2012-02-24T20:20", "Saudi delegation walks out of Tunis meeting on Syria",
         "Prince Saud al-Faisal's delegation left the Friends of Syria conference early, frustrated by its lack of action, while outside hundreds of Assad supporters tried to force their way into the hotel. Russia and China stayed away."),
    ]),
    ("un-veto-diplomacy-2012", "lavrov-arab-league-cairo", [
        ("AP", "2012-03-10T17:45", "Russia, Arab League agree on principles to end Syria violence",
         "CAIRO (AP) — Russia's foreign minister and Arab League envoys agreed Saturday on five principles for ending the violence in Syria, including a halt to attacks by all sides and unimpeded humanitarian access, as Kofi Annan held talks with Assad in Damascus."),
        ("Al Jazeera", "2012-03-10T19:30", "Qatar and Saudi Arabia rebuke Lavrov over Syria in Cairo",
         "Qatar's prime minister told the Russian foreign minister that the Syrian regime was carrying out systematic genocide, while Sergei Lavrov insisted Moscow was protecting no regime and that armed opposition groups must also stop fighting."),
    ]),
    ("un-veto-diplomacy-2012", "friends-of-syria-istanbul", [
        ("Reuters", "2012-04-01T15:40", "Gulf states to fund salaries of Syrian rebels, Friends of Syria told",
         "ISTANBUL (Reuters) - Gulf Arab states are setting up a fund worth millions of dollars to pay Free Syrian Army fighters and soldiers who defect, opposition leaders said on Sunday at a meeting of more than 70 countries in Istanbul."),
        ("BBC", "2012-04-01T18:10", "Friends of Syria recognise SNC as 'legitimate representative of all Syrians'",
         "The Istanbul meeting said Kofi Annan's peace effort could not be open-ended, and the US announced extra non-lethal aid including communications equipment for the opposition. Syrian state media called it a gathering of the enemies of Syria."),
    ]),
    # ------------------------------------------------------------ Homs and the siege of Baba Amr, Feb - Mar 2012
    ("homs-baba-amr-2012", "khalidiya-shelling", [
        ("Reuters", "2012-02-04T07:30", "Syrian forces kill more than 200 in Homs, activists say",
         "AMMAN (Reuters) - Syrian forces bombarded the city of Homs overnight, killing more than 200 people in the bloodiest night of the uprising, activists said on Saturday, as the U.N. Security Council prepared to vote on a resolution backing an Arab plan."),
        ("AP", "2012-02-04T10:15", "Activists: Heavy shelling in Homs kills scores",
         "BEIRUT (AP) — Mortar shells and tank fire slammed into the Khaldiyeh neighborhood, collapsing houses on residents, activists said Saturday. The government denied any attack and called the reports a fabrication timed to sway UN diplomats."),
        ("Guardian", "2012-02-04T13:00", "Homs killings prompt protesters to storm Syrian embassies",
         "Demonstrators broke into Syria's missions in several capitals, including Cairo, Berlin and London, after reports of the Khalidiya killings on the 30th anniversary of the Hama massacre ordered by Hafez al-Assad."),
    ]),
    ("homs-baba-amr-2012", "baba-amr-bombardment", [
        ("Al Jazeera", "2012-02-06T14:30", "Homs under rocket fire as army pounds Baba Amr",
         "Activists in the Baba Amr district said government forces had fired hundreds of rockets and mortar rounds since dawn, hitting a makeshift field hospital and killing dozens, in the heaviest bombardment of the city yet."),
        ("BBC", "2012-02-06T17:45", "Syria: Homs assault 'kills at least 50' as embassies shut",
         "Video posted online showed smoke rising over Baba Amr as the bombardment entered a second day. The US closed its embassy in Damascus and the UK recalled its ambassador, two days after the UN veto."),
    ]),
    ("homs-baba-amr-2012", "rebels-leave-baba-amr", [
        ("Reuters", "2012-03-01T11:20", "Syrian rebels pull out of besieged Homs district",
         "BEIRUT (Reuters) - Rebel fighters withdrew from the Baba Amr district of Homs on Thursday after nearly four weeks of bombardment, saying they made a tactical retreat to spare the remaining civilians, as Syrian troops moved in."),
        ("Al Jazeera", "2012-03-01T14:00", "Free Syrian Army announces 'tactical withdrawal' from Baba Amr",
         "The Farouq brigade said it was leaving because of the humanitarian situation and a lack of weapons, after 26 days of shelling that activists say killed hundreds. Around 4,000 civilians are believed to remain in the district."),
        ("DW", "2012-03-01T18:30", "Syrian army takes control of Homs rebel stronghold",
         "Syrian state media said security forces had cleansed Baba Amr of terrorists, while the International Committee of the Red Cross said it was preparing to send aid convoys into the shattered district on Friday."),
    ]),
    ("homs-baba-amr-2012", "red-cross-blocked", [
        ("Reuters", "2012-03-02T16:45", "Red Cross convoy kept out of Baba Amr, fears of reprisals grow",
         "GENEVA (Reuters) - Syrian authorities stopped a Red Cross aid convoy from entering the Baba Amr district of Homs on Friday, a day after rebels withdrew, citing safety concerns including mines and booby traps, the ICRC said."),
        ("BBC", "2012-03-02T18:20", "Syria: Activists report executions in Homs after rebel exit",
         "Activists said troops were carrying out summary executions and burning houses in Baba Amr, claims that could not be verified. Seven ICRC trucks of food and medical supplies waited outside the district."),
    ]),
    ("homs-baba-amr-2012", "amos-visits-baba-amr", [
        ("Reuters", "2012-03-07T18:10", "U.N. aid chief Amos says Homs district 'devastated'",
         "BEIRUT (Reuters) - U.N. humanitarian chief Valerie Amos said on Wednesday the Baba Amr district of Homs was largely deserted and devastated, after Syrian authorities allowed her a brief visit to the former rebel stronghold."),
        ("AP", "2012-03-07T19:40", "UN's Amos tours Baba Amr, finds district nearly empty",
         "DAMASCUS, Syria (AP) — The UN humanitarian chief said she was shocked by the destruction she saw in Homs and wanted to know what had happened to the people who lived there. She asked for unhindered access for aid workers ahead of Kofi Annan's visit at the weekend."),
    ]),
    ("homs-baba-amr-2012", "karm-al-zeitoun-killings", [
        ("AP", "2012-03-12T11:30", "Activists: Dozens of women and children slain in Homs",
         "BEIRUT (AP) — Activists said Monday that government troops and militiamen killed at least 45 women and children in two Homs neighborhoods, stabbing some and burning the bodies of others, a day after Kofi Annan left Damascus without a deal."),
        ("BBC", "2012-03-12T14:15", "Syria: Homs 'massacre' of families in Karm al-Zeitoun",
         "Opposition groups posted videos showing the bodies of children, some with their throats cut, in the Karm al-Zeitoun district. State television blamed armed terrorist gangs, saying they had killed the families to win sympathy abroad."),
        ("Al Jazeera", "2012-03-12T17:30", "Syrian opposition calls for UN session after Homs killings",
         "The Syrian National Council demanded an emergency Security Council meeting, saying the killings in Karm al-Zeitoun and Adawiya amounted to a massacre, as troops pressed an assault in Idlib province."),
    ]),
    # ------------------------------------------------------------ journalists killed and trapped, Jan - Mar 2012 (same weeks as Baba Amr)
    ("journalists-homs-2012", "jacquier-killed", [
        ("France 24", "2012-01-11T17:30", "French journalist Gilles Jacquier killed in Homs",
         "France 2 reporter Gilles Jacquier was killed in the Syrian city of Homs on Wednesday when shells hit a group of journalists on a government-sanctioned trip, the first Western journalist to die covering Syria's uprising."),
        ("Reuters", "2012-01-11T19:10", "French TV reporter among nine killed in Homs attack",
         "BEIRUT (Reuters) - A French television journalist and eight Syrians were killed when mortar bombs struck a pro-Assad rally in Homs, state media said, blaming terrorists for the attack in a city where Arab League monitors are deployed."),
        ("AP", "2012-01-12T10:00", "France demands probe into death of reporter in Syria",
         "PARIS (AP) — France demanded Thursday that Syria investigate the killing of journalist Gilles Jacquier, as Foreign Minister Alain Juppe called on Damascus to guarantee the safety of foreign reporters a day after President Assad vowed an iron fist against terrorists."),
    ]),
    ("journalists-homs-2012", "shadid-dies", [
        ("AP", "2012-02-16T23:50", "NY Times reporter Anthony Shadid dies in Syria",
         "NEW YORK (AP) — Anthony Shadid, a two-time Pulitzer Prize winner for The New York Times, died Thursday of an apparent asthma attack while on a reporting trip inside Syria, the newspaper said."),
        ("Guardian", "2012-02-17T09:30", "Anthony Shadid's death robs Middle East reporting of a giant",
         "The New York Times correspondent was being led out of Syria towards Turkey after a week reporting covertly in Idlib province when he collapsed; photographer Tyler Hicks carried his body across the border."),
    ]),
    ("journalists-homs-2012", "colvin-ochlik-killed", [
        ("Reuters", "2012-02-22T10:40", "Two foreign journalists killed in Syria's Homs",
         "BEIRUT (Reuters) - Veteran U.S. war correspondent Marie Colvin and French photographer Remi Ochlik were killed on Wednesday when shells hit a house used as a media centre in the besieged Baba Amr district of Homs, activists said."),
        ("Guardian", "2012-02-22T13:20", "Marie Colvin killed in Homs shelling",
         "The Sunday Times correspondent, who told broadcasters on Tuesday night of watching a baby die, was killed alongside Rémi Ochlik. Two other western journalists were among the wounded."),
        ("France 24", "2012-02-22T15:45", "Sarkozy: Killing of journalists in Homs is 'assassination'",
         "President Nicolas Sarkozy said the deaths of Rémi Ochlik and Marie Colvin were an assassination and that the Syrian regime must go, as Le Figaro reporter Edith Bouvier was reported seriously wounded."),
        ("BBC", "2012-02-22T18:30", "Syria: Homs shelling kills Marie Colvin and Remi Ochlik",
         "The two were killed as the bombardment of Baba Amr entered its 19th day. Activists say scores of civilians were killed in the district on Tuesday alone. Syria's information ministry said it had not known the journalists were there."),
    ]),
    ("journalists-homs-2012", "conroy-reaches-lebanon", [
        ("BBC", "2012-02-28T14:00", "Syria: Wounded photographer Paul Conroy reaches Lebanon",
         "Sunday Times photographer Paul Conroy, who was wounded in the attack that killed Marie Colvin, has been smuggled out of Homs and is safe in Lebanon, his paper said. The fate of French reporter Edith Bouvier remains unclear."),
        ("Guardian", "2012-02-28T17:20", "Activists killed helping journalists escape Homs, says Avaaz",
         "Campaign group Avaaz said 13 Syrian activists had been killed during an operation to get wounded journalists out of Baba Amr, as government forces tightened the siege of the district."),
    ]),
    ("journalists-homs-2012", "bouvier-reaches-lebanon", [
        ("France 24", "2012-03-01T19:30", "Wounded reporter Edith Bouvier safe in Lebanon, says Sarkozy",
         "President Nicolas Sarkozy announced on Thursday that Le Figaro journalist Edith Bouvier and photographer William Daniels had been evacuated from Homs and were in Lebanon, on the day rebels withdrew from Baba Amr."),
        ("Reuters", "2012-03-01T20:45", "French journalists escape Homs as army retakes Baba Amr",
         "BRUSSELS (Reuters) - Two French journalists trapped in Homs have reached Lebanon, Sarkozy told reporters at an EU summit, as Syrian troops took control of the district where they had been stranded since the attack that killed Marie Colvin."),
    ]),
    ("journalists-homs-2012", "colvin-ochlik-bodies", [
        ("AP", "2012-03-03T15:20", "Bodies of slain journalists Colvin, Ochlik brought to Damascus",
         "DAMASCUS, Syria (AP) — The bodies of American reporter Marie Colvin and French photographer Remi Ochlik were handed to the Polish and French ambassadors in Damascus after being recovered from Homs, officials said."),
        ("France 24", "2012-03-04T10:10", "Rémi Ochlik's body to be flown home to France",
         "The photographer's body was moved from Homs to Damascus with the help of the Syrian Red Crescent and will be repatriated, the French foreign ministry said, days after the army took Baba Amr."),
    ]),
    # ------------------------------------------------------------ referendum and parliamentary election, Jan - May 2012
    ("referendum-election-2012", "assad-university-speech", [
        ("Reuters", "2012-01-10T11:30", "Assad vows to crush 'terrorists', blames foreign plot",
         "DAMASCUS (Reuters) - President Bashar al-Assad said on Tuesday he would strike back at terrorists with an iron fist and promised a referendum on a new constitution in early March, in his first public speech in months."),
        ("BBC", "2012-01-10T14:10", "Syria's Assad offers referendum, says he will not step down",
         "In a nearly two-hour speech at Damascus University, Mr Assad said a new constitution could be put to a vote in March, followed by parliamentary elections, and dismissed the Arab League, saying it had failed to protect Arab interests."),
        ("Al Jazeera", "2012-01-10T16:50", "Opposition dismisses Assad speech as 'incitement'",
         "The Syrian National Council said the speech showed Assad had no intention of reform, coming a day after Arab League observers were attacked by his supporters in Latakia."),
    ]),
    ("referendum-election-2012", "referendum-called", [
        ("Reuters", "2012-02-15T13:20", "Assad sets Feb 26 vote on new Syrian constitution",
         "AMMAN (Reuters) - President Bashar al-Assad called a referendum for February 26 on a new constitution that would end the Baath Party's monopoly on power, as his forces pressed their assault on Homs."),
        ("AP", "2012-02-15T16:00", "Syria's draft charter limits presidents to two terms",
         "BEIRUT (AP) — The draft constitution would allow political pluralism and limit a president to two seven-year terms, but the clause would not apply retroactively, meaning Assad could in theory stay in office until 2028. Opposition leaders called the move a farce."),
    ]),
    ("referendum-election-2012", "referendum-held", [
        ("AP", "2012-02-26T12:00", "Syrians vote on constitution as violence rages",
         "BEIRUT (AP) — Syrians voted Sunday on a new constitution that the government says will open the way to multiparty politics, while troops shelled rebel areas of Homs and activists reported at least 30 people killed across the country."),
        ("Al Jazeera", "2012-02-26T15:30", "Opposition boycotts Syria referendum amid Homs shelling",
         "Activists called for a general strike and boycott, while state television showed Assad and his wife Asma casting ballots in Damascus. In Baba Amr, residents said there was no food, water or electricity."),
        ("DW", "2012-02-26T19:15", "Clinton calls Syrian referendum 'cynical ploy'",
         "US Secretary of State Hillary Clinton said the vote was phony, two days after the Friends of Syria meeting in Tunis, while Germany's foreign minister called it a sham."),
    ]),
    ("referendum-election-2012", "referendum-result", [
        ("Reuters", "2012-02-27T11:10", "Syria says 89 percent back new constitution",
         "AMMAN (Reuters) - Almost 90 percent of Syrian voters approved a new constitution in a referendum, the interior ministry said on Monday, with turnout of 57 percent despite an opposition boycott and fighting across the country."),
        ("France 24", "2012-02-27T16:20", "Damascus hails 89% yes vote as EU dismisses referendum",
         "The government said the new charter marked the start of a new era, but European foreign ministers meeting in Brussels called the vote a sham and agreed fresh sanctions, including a freeze on the assets of Syria's central bank."),
    ]),
    ("referendum-election-2012", "election-date-set", [
        ("Reuters", "2012-03-13T12:50", "Assad calls parliamentary election for May 7",
         "BEIRUT (Reuters) - Syrian President Bashar al-Assad set May 7 for parliamentary elections under the constitution approved in last month's referendum, state media said on Tuesday, as his forces stormed the northern city of Idlib."),
        ("DW", "2012-03-13T15:40", "Syria schedules elections as Annan awaits reply",
         "Syria announced parliamentary elections for May, the first under a charter that ends the Baath party's formal monopoly, while international envoy Kofi Annan said he was waiting for answers to proposals he gave Assad."),
    ]),
    ("referendum-election-2012", "parliamentary-election-held", [
        ("Reuters", "2012-05-07T09:30", "Syrians vote in parliamentary election boycotted by opposition",
         "DAMASCUS (Reuters) - Syrians voted on Monday in a parliamentary election the government calls a milestone of reform but which its opponents dismissed as a sham, as violence continued despite a U.N.-backed ceasefire."),
        ("BBC", "2012-05-07T13:40", "Syria holds first multi-party election in decades",
         "More than 7,000 candidates are competing for 250 seats. Opposition activists called for a boycott, and in Homs and Idlib few polling stations opened, while UN observers reported continued clashes in several provinces."),
    ]),
    ("referendum-election-2012", "election-results", [
        ("AP", "2012-05-15T14:30", "Assad's Baath party wins majority in Syrian parliament",
         "BEIRUT (AP) — The ruling Baath party and its allies won a majority of seats in Syria's parliamentary elections, officials said Tuesday, with turnout put at 51 percent, a result opposition groups called meaningless."),
        ("Al Jazeera", "2012-05-15T17:10", "Syria announces election results, turnout 51 percent",
         "Interior minister Mohammed al-Shaar said the National Unity list led by the Baath party took most of the 250 seats, five days after twin bombings in Damascus killed 55 people."),
    ]),
    # ------------------------------------------------------------ Kofi Annan's mission and the April ceasefire, Feb - Apr 2012
    ("annan-plan-2012", "annan-appointed", [
        ("Reuters", "2012-02-23T19:40", "Kofi Annan named U.N.-Arab League envoy on Syria",
         "UNITED NATIONS (Reuters) - Former U.N. Secretary-General Kofi Annan was appointed joint envoy of the United Nations and the Arab League on the Syria crisis on Thursday, U.N. chief Ban Ki-moon's office said, a day before a Friends of Syria meeting in Tunis."),
        ("Al Jazeera", "2012-02-23T21:00", "Annan to be UN-Arab League special envoy to Syria",
         "Ban Ki-moon and Arab League chief Nabil Elaraby said Annan would use his good offices to end all violence and promote a peaceful solution, a task mandated by last week's General Assembly resolution. Wounded Western journalists remain trapped in Homs."),
    ]),
    ("annan-plan-2012", "annan-meets-assad", [
        ("Reuters", "2012-03-10T12:30", "Annan meets Assad, urges immediate ceasefire",
         "DAMASCUS (Reuters) - U.N.-Arab League envoy Kofi Annan met President Bashar al-Assad on Saturday and urged him to take concrete steps to end the crisis, including a ceasefire, as Syrian forces pounded the northern city of Idlib."),
        ("AP", "2012-03-10T16:10", "Assad tells Annan no political solution while 'terrorists' operate",
         "DAMASCUS, Syria (AP) — President Bashar Assad told Kofi Annan that no political dialogue could succeed as long as armed groups were spreading chaos, Syrian state media said, after the envoy's first round of talks in Damascus."),
        ("France 24", "2012-03-11T18:00", "Annan leaves Syria after second meeting with Assad, no deal",
         "The envoy said he had put concrete proposals to the Syrian leader and remained optimistic despite the difficulty, before leaving for Qatar. Activists reported more deaths in Idlib and Homs."),
    ]),
    ("annan-plan-2012", "council-backs-annan-plan", [
        ("Reuters", "2012-03-21T16:30", "U.N. Security Council backs Annan peace plan for Syria",
         "UNITED NATIONS (Reuters) - The U.N. Security Council on Wednesday unanimously endorsed Kofi Annan's six-point plan for ending the bloodshed in Syria, in its first united stand on the conflict after Russia and China joined Western members."),
        ("BBC", "2012-03-21T19:00", "Syria: Russia and China back UN statement on Annan plan",
         "The non-binding presidential statement calls on the Syrian government and opposition to implement the plan, which includes a daily two-hour humanitarian pause, and threatens 'further steps' if they do not. Moscow said it was not an ultimatum."),
    ]),
    ("annan-plan-2012", "syria-accepts-plan", [
        ("Reuters", "2012-03-27T13:00", "Syria accepts Annan peace plan, spokesman says",
         "BEIJING (Reuters) - Syria has accepted Kofi Annan's six-point peace plan, the U.N.-Arab League envoy's spokesman said on Tuesday, calling it an important first step that now had to be implemented."),
        ("AP", "2012-03-27T16:20", "Syria says yes to Annan plan, but fighting goes on",
         "BEIRUT (AP) — Opposition figures said Damascus had accepted earlier plans, including the Arab League's, only to ignore them. On the day of the announcement President Bashar Assad toured the battered Baba Amr district of Homs, and clashes flared near the Lebanese border."),
    ]),
    ("annan-plan-2012", "april-10-deadline-set", [
        ("Reuters", "2012-04-02T17:20", "Syria agrees to April 10 deadline for troop pullback, Annan says",
         "UNITED NATIONS (Reuters) - Syria has agreed to pull troops and heavy weapons out of towns by April 10, Kofi Annan told the U.N. Security Council on Monday, and rebels would then have 48 hours to stop fighting."),
        ("Guardian", "2012-04-02T20:10", "US doubts Assad will honour Annan's 10 April deadline",
         "Susan Rice said past experience gave grounds for scepticism, a day after the Friends of Syria meeting in Istanbul said the envoy's efforts could not be open-ended."),
    ]),
    ("annan-plan-2012", "deadline-passes", [
        ("AP", "2012-04-10T10:30", "Syria deadline passes with no sign of troop withdrawal",
         "BEIRUT (AP) — A UN-brokered deadline for Syria to pull its troops out of towns passed Tuesday with no sign of a withdrawal, activists said, reporting tanks still deployed in Homs, Hama and Idlib."),
        ("Reuters", "2012-04-10T14:40", "Moualem in Moscow says troops partly withdrawn; Russia presses Damascus",
         "MOSCOW (Reuters) - Syrian Foreign Minister Walid al-Moualem said on Tuesday troops had begun pulling back from some cities, but Russia's Sergei Lavrov told him Damascus should be more active and decisive in carrying out Annan's plan."),
        ("Al Jazeera", "2012-04-10T17:00", "Annan visits refugee camp in Turkey as ceasefire plan falters",
         "Kofi Annan toured a camp in Hatay province and said the plan was still on the table, with a full ceasefire due on Thursday, after Damascus demanded written guarantees that rebels would lay down their arms."),
    ]),
    ("annan-plan-2012", "ceasefire-takes-effect", [
        ("Reuters", "2012-04-12T07:30", "Syria ceasefire appears to hold in early hours",
         "BEIRUT (Reuters) - A U.N.-backed ceasefire appeared to be holding in Syria on Thursday morning, with no reports of major violence after the 6 a.m. deadline, although troops remained in residential areas."),
        ("France 24", "2012-04-12T14:45", "Fragile calm in Syria as truce takes effect",
         "Activists reported scattered violations including sniper fire in Hama and Idlib, while the army said it would respond to any attack by armed groups. Opposition leaders called for mass protests on Friday to test the truce."),
        ("BBC", "2012-04-12T18:20", "Syria ceasefire: Annan urges Security Council to hold Damascus to pullout",
         "Kofi Annan told the council that Syria had still not withdrawn troops and heavy weapons from towns as promised, and asked members to move quickly on monitors, as the truce brought a rare calm to Homs and other cities."),
    ]),
    # ------------------------------------------------------------ UN observers and UNSMIS, Apr - May 2012 (same weeks as the truce)
    ("un-observers-2012", "resolution-2042", [
        ("Reuters", "2012-04-14T16:50", "U.N. Security Council approves Syria observer team",
         "UNITED NATIONS (Reuters) - The U.N. Security Council unanimously voted on Saturday to send an advance team of up to 30 unarmed military observers to Syria to monitor a shaky ceasefire, its first resolution on the 13-month-old conflict."),
        ("AP", "2012-04-14T18:30", "UN votes to send advance monitors to Syria",
         "UNITED NATIONS (AP) — Russia and China joined a unanimous vote, and the first officers were expected within days, while activists said government shelling of Homs resumed two days after the truce began."),
    ]),
    ("un-observers-2012", "advance-team-arrives", [
        ("BBC", "2012-04-16T08:30", "Syria: First UN monitors arrive in Damascus",
         "An advance team of six UN observers led by Moroccan Col Ahmed Himmiche arrived in Damascus late on Sunday and is starting work on Monday, amid reports of fresh shelling in Homs."),
        ("DW", "2012-04-16T15:30", "UN monitors start work as Syria truce frays",
         "The first UN monitors began work in Syria on Monday, meeting government officials to agree on rules for their mission, while activists said troops were shelling Homs for a third day."),
    ]),
    ("un-observers-2012", "resolution-2043", [
        ("Reuters", "2012-04-21T17:10", "U.N. approves 300-strong observer force for Syria",
         "UNITED NATIONS (Reuters) - The U.N. Security Council on Saturday unanimously authorized up to 300 unarmed military observers for an initial 90 days, after Western members and Russia agreed on a compromise text."),
        ("AP", "2012-04-21T19:30", "UN monitors visit Homs as council expands mission",
         "BEIRUT (AP) — A team of UN observers toured the shattered city of Homs on Saturday, where residents thronged their cars, hours before the Security Council voted to expand the mission to 300 members."),
        ("Guardian", "2012-04-22T08:30", "Syria observer mission grows but doubts remain",
         "The resolution establishing UNSMIS calls on Damascus to pull heavy weapons out of towns, though Ban Ki-moon warned that the government had not yet done so and that the ceasefire was being broken daily."),
    ]),
    ("un-observers-2012", "mood-arrives", [
        ("AP", "2012-04-29T15:20", "Norwegian general arrives to lead UN Syria mission",
         "DAMASCUS, Syria (AP) — Maj. Gen. Robert Mood of Norway arrived Sunday to take command of the UN observer mission, saying a few dozen monitors could not solve all problems and urging all sides to help, two days after a suicide bombing in Damascus."),
        ("DW", "2012-04-29T18:00", "Mood takes charge of UN observers in Syria",
         "The Norwegian general, a former head of the UN truce supervision body in the Middle East, will oversee a force the UN hopes will reach 300 by the end of May."),
    ]),
    ("un-observers-2012", "deraa-blast-near-convoy", [
        ("Reuters", "2012-05-09T10:40", "Bomb hits Syrian army truck next to U.N. observer convoy",
         "BEIRUT (Reuters) - A roadside bomb exploded next to a convoy carrying the head of the U.N. observer mission in Syria on Wednesday, wounding Syrian soldiers escorting the team in the southern city of Deraa."),
        ("BBC", "2012-05-09T13:10", "Syria: Blast near UN monitors' convoy in Deraa",
         "Maj Gen Robert Mood was unhurt after a bomb struck a military lorry moments after his vehicles passed. He said the incident showed what the Syrian people were suffering and called on all sides to halt violence."),
        ("France 24", "2012-05-09T17:30", "UN mission chief escapes blast as observer force grows",
         "The explosion in Deraa, cradle of last year's uprising, came as the mission expanded towards its 300-strong target. Ban Ki-moon said the ceasefire was not holding and called the situation serious."),
    ]),
    # ------------------------------------------------------------ Idlib offensive and refugees to Turkey, Mar - Apr 2012
    ("idlib-offensive-2012", "idlib-assault-begins", [
        ("Reuters", "2012-03-10T10:20", "Syrian tanks attack Idlib as Annan arrives",
         "AMMAN (Reuters) - Syrian tanks and troops launched an assault on the northern city of Idlib, a rebel stronghold near the Turkish border, activists said on Saturday, as U.N.-Arab League envoy Kofi Annan began talks in Damascus."),
        ("Al Jazeera", "2012-03-10T15:10", "Army pounds Idlib as rebels brace for new Baba Amr",
         "Free Syrian Army fighters said they were outgunned as tanks shelled neighbourhoods of Idlib city, in what activists fear is a repeat of the offensive that drove rebels out of Homs earlier this month."),
        ("DW", "2012-03-11T09:40", "Syrian troops push into Idlib, clash with defectors",
         "Syrian troops backed by tanks pushed into parts of the northern city of Idlib, a day after launching the assault, and fought army defectors in the streets, activists said."),
    ]),
    ("idlib-offensive-2012", "idlib-city-retaken", [
        ("AP", "2012-03-13T12:10", "Syrian troops retake rebel-held city of Idlib",
         "BEIRUT (AP) — Syrian troops seized control of most of the northern city of Idlib on Tuesday after a four-day assault and rebels said they had withdrawn, activists said, in a second major victory for the regime after Baba Amr."),
        ("BBC", "2012-03-14T08:20", "Syria: Bodies found in Idlib after army takes city",
         "Activists said the bodies of at least 20 men, some with their hands bound, were found after government forces took control. Free Syrian Army fighters said they would regroup in villages nearer the Turkish border."),
    ]),
    ("idlib-offensive-2012", "turkey-refugee-surge", [
        ("Reuters", "2012-03-15T17:00", "Syrians flood into Turkey, Ankara mulls buffer zone",
         "ANKARA (Reuters) - More than 1,000 Syrians crossed into Turkey in 24 hours, including a brigadier general, Turkish officials said on Thursday, and Prime Minister Tayyip Erdogan's government said a buffer zone was among the options being considered."),
        ("Guardian", "2012-03-16T09:30", "Turkey weighs safe zone as refugees flee Idlib offensive",
         "The number of Syrians in Turkish camps has risen above 14,000 as families escape the army's push through Idlib province, a day after the first anniversary of the uprising. Turkey also said it was considering closing its embassy in Damascus."),
    ]),
    ("idlib-offensive-2012", "record-exodus-to-turkey", [
        ("Reuters", "2012-04-05T13:30", "Record number of Syrians flee to Turkey as army sweeps Idlib",
         "ANKARA (Reuters) - More than 2,300 Syrians fled into Turkey in one day, the highest daily figure since the uprising began, Turkish officials said on Thursday, as troops pressed an offensive in villages near the border."),
        ("France 24", "2012-04-05T18:00", "Turkish camps overflow as Syrians escape Idlib villages",
         "Refugees arriving in Hatay and Kilis described troops burning houses in Taftanaz and other villages, where activists say dozens were killed this week, as Turkey's tally of registered Syrians passed 23,000."),
        ("Al Jazeera", "2012-04-05T20:30", "Idlib villagers flee assault days before Annan deadline",
         "Villagers fleeing Taftanaz and Saraqeb said tanks and helicopters had attacked after Damascus agreed to pull its forces from towns by April 10, and Turkish officials said they were preparing new camps."),
    ]),
    ("idlib-offensive-2012", "kilis-camp-shooting", [
        ("Reuters", "2012-04-09T11:40", "Syrian forces fire into Turkish refugee camp, wounding several",
         "KILIS, Turkey (Reuters) - Syrian forces fired across the border into a refugee camp in Turkey on Monday, wounding at least five people including a Turkish translator, Turkish officials said, a day before Annan's ceasefire deadline."),
        ("AP", "2012-04-09T15:20", "Turkey protests Syrian fire at border camp",
         "ANKARA, Turkey (AP) — Turkey summoned Syria's envoy after gunfire from Syria hit a camp in Kilis province during fighting with rebels, as the UN-backed plan for a truce looked close to collapse. On the Lebanese border, a TV cameraman was killed by Syrian fire."),
        ("BBC", "2012-04-09T19:00", "Erdogan: Syria border shooting a 'clear violation'",
         "Turkey's Prime Minister Recep Tayyip Erdogan, speaking on a visit to China, said Ankara would take necessary steps after the shooting at the Oncupinar camp, which houses thousands of people who fled the offensive in Idlib."),
    ]),
    # ------------------------------------------------------------ bombings in Damascus and Aleppo, Jan - May 2012
    ("damascus-bombings-2012", "midan-bombing-january", [
        ("Reuters", "2012-01-06T10:10", "Suicide bomb kills 25 in Damascus, state media says",
         "AMMAN (Reuters) - A suicide bomber killed 25 people and wounded dozens in the Midan district of Damascus on Friday, Syrian state television said, blaming al Qaeda-linked militants two weeks after twin bombings hit security buildings in the capital."),
        ("BBC", "2012-01-06T13:40", "Syria: Damascus blast hits police bus in Midan",
         "The explosion struck near a school and a bus carrying riot police, the interior ministry said. Opposition activists accused the government of staging the attack to discredit protesters as Arab League monitors toured the country."),
        ("Al Jazeera", "2012-01-06T17:00", "Arab monitors shown Damascus bomb site",
         "Syrian officials took Arab League observers to Midan, where state TV showed bloodied streets, while activists said security forces shot protesters in Homs, Hama and Idlib after Friday prayers."),
    ]),
    ("damascus-bombings-2012", "aleppo-twin-bombings", [
        ("AP", "2012-02-10T09:40", "Twin bombs hit security compounds in Aleppo",
         "BEIRUT (AP) — Two bombs targeted security compounds in Syria's largest city, Aleppo, on Friday, killing 28 people, state media said, as the government blamed terrorists and the assault on Homs entered its seventh day."),
        ("Reuters", "2012-02-10T14:20", "Aleppo car bombs kill 28; rebels deny role",
         "AMMAN (Reuters) - Car bombs exploded outside military intelligence and security police buildings in Aleppo, killing 28, state media said. A Free Syrian Army officer first claimed responsibility but the group's leadership later denied involvement."),
    ]),
    ("damascus-bombings-2012", "damascus-twin-bombings-march", [
        ("Reuters", "2012-03-17T07:30", "Two car bombs hit Damascus security buildings",
         "AMMAN (Reuters) - Two car bombs exploded outside security buildings in Damascus on Saturday, killing and wounding many people, state television said, two days after Syrians marked the first anniversary of the uprising."),
        ("AP", "2012-03-17T12:30", "Syria: 27 killed in twin bombings in capital",
         "DAMASCUS, Syria (AP) — The blasts targeted the headquarters of air force intelligence and the criminal security department, killing 27 people and wounding 140, the interior ministry said, blaming terrorists."),
        ("Al Jazeera", "2012-03-17T16:00", "Damascus bombings: opposition denies responsibility",
         "The Syrian National Council accused the regime of staging the attacks, while Russia said the blasts showed the danger posed by armed groups, as Kofi Annan prepared to send a team to Damascus to discuss a monitoring mechanism."),
    ]),
    ("damascus-bombings-2012", "midan-suicide-bombing-april", [
        ("Reuters", "2012-04-27T12:30", "Suicide bomber kills nine in Damascus, state TV says",
         "AMMAN (Reuters) - A suicide bomber blew himself up near security forces in the Midan district of Damascus on Friday, killing at least nine people, Syrian state television said, as U.N. observers tried to shore up a two-week-old ceasefire."),
        ("BBC", "2012-04-27T16:10", "Syria: Midan suicide blast targets security forces",
         "Syrian television showed bloodied streets near a mosque after Friday prayers. Opposition activists said security forces had fired on protesters elsewhere in the capital, and UN monitors said violence was continuing."),
    ]),
    ("damascus-bombings-2012", "qazzaz-bombings", [
        ("Reuters", "2012-05-10T06:20", "Two huge blasts hit Damascus, many killed",
         "AMMAN (Reuters) - Two powerful explosions hit the Syrian capital during the morning rush hour on Thursday, near a military intelligence building in the southern Qazzaz district, state television said."),
        ("AP", "2012-05-10T11:00", "Damascus bombings kill 55, deadliest since uprising",
         "DAMASCUS, Syria (AP) — Two suicide car bombs exploded outside a military intelligence complex in Damascus, killing 55 people and wounding nearly 400, the interior ministry said, in the deadliest attack since the uprising began."),
        ("Guardian", "2012-05-10T15:30", "Damascus bombing: UN observer chief visits blast site",
         "Maj Gen Robert Mood toured the scene and called on all sides to end the violence, a day after a bomb exploded near his convoy in Deraa. The government blamed foreign-backed terrorists."),
        ("France 24", "2012-05-10T18:10", "Syria blames 'terrorists' as world condemns Damascus bombings",
         "Kofi Annan called the attack abhorrent and the UN Security Council condemned it, while Syria's foreign ministry said it showed some countries were supporting terrorism, three days after a parliamentary election."),
    ]),
]
