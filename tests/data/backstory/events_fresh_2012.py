# ruff: noqa: E501  (gold data: reports are kept whole, as outlets would write them)
"""Syria, May-August 2012 and April-June 2013, eight threads that share actors and weeks: (thread, event, reports).

A report is (source, "YYYY-MM-DDTHH:MM" UTC, title, summary). Written for the project from
real events; each outlet tells an event in its own words.
"""

EVENTS = [
    # ------------------------------------------------------------ Houla massacre and the diplomatic fallout, May-Jun 2012
    ("houla-2012", "houla-massacre", [
        ("Reuters", "2012-05-26T09:40", "Activists say more than 90 killed in Syria's Houla, many of them children",
         "BEIRUT (Reuters) - Syrian forces shelled the Houla area near Homs, killing more than 90 people including dozens of children, opposition activists said on Saturday, one of the bloodiest days since Kofi Annan's ceasefire began in April."),
        ("BBC", "2012-05-26T16:15", "Syria unrest: UN monitors count 32 children among Houla dead",
         "UN observers who went to Houla in Homs province say they counted 32 children under the age of 10 and more than 60 adults among the dead. Mission head Gen Robert Mood condemned the killings."),
        ("Al Jazeera", "2012-05-26T19:30", "Outrage as scores are killed in Syrian town of Houla",
         "Opposition blames army shelling and pro-regime shabiha militiamen for killings in Taldou; the government denies any role and blames armed terrorist groups."),
    ]),
    ("houla-2012", "houla-security-council", [
        ("Reuters", "2012-05-27T22:50", "U.N. Security Council condemns Syria over Houla massacre",
         "UNITED NATIONS (Reuters) - The Security Council unanimously condemned the Syrian government for shelling a residential area of Houla with tanks and artillery, in a statement Russia agreed to after initial objections. More than 100 people were killed."),
        ("AP", "2012-05-27T23:30", "Syria denies troops behind Houla slaughter",
         "Foreign Ministry spokesman Jihad Makdissi said government forces were not responsible for the killing of more than 100 people in Houla and blamed armed groups, as the UN Security Council held an emergency session."),
        ("Guardian", "2012-05-28T07:00", "Houla massacre: Russia joins UN censure of Damascus",
         "Moscow backed a security council statement condemning the Assad regime's use of heavy weapons on Houla, though it stopped short of blaming Damascus for all of the deaths. Kofi Annan is due in the Syrian capital today."),
    ]),
    ("houla-2012", "houla-envoys-expelled", [
        ("Reuters", "2012-05-29T15:20", "Western nations expel Syrian envoys over Houla",
         "The United States, Britain, France, Germany, Italy, Spain, Canada and Australia expelled Syrian diplomats on Tuesday in a coordinated protest at the massacre in Houla, as Kofi Annan met President Bashar al-Assad in Damascus."),
        ("France 24", "2012-05-29T16:05", "France orders Syrian ambassador out over Houla killings",
         "President Francois Hollande said Syria's ambassador Lamia Chakkour was being expelled, as Paris moved in step with its allies. He did not rule out military action if it had UN backing."),
        ("BBC", "2012-05-29T17:40", "Houla: UN says most victims were summarily executed",
         "The UN human rights office says fewer than 20 of the 108 people killed in Houla died from artillery and tank fire. Most, including many of the 49 children, were shot in their homes."),
    ]),
    ("houla-2012", "houla-syrian-inquiry", [
        ("AP", "2012-05-31T14:10", "Syrian probe blames rebels for Houla massacre",
         "A Syrian government committee said hundreds of gunmen carried out the Houla killings and that the victims were families who had refused to join the uprising. Opposition activists dismissed the findings as fabricated."),
        ("Al Jazeera", "2012-05-31T16:45", "Damascus says 'terrorists' behind Houla killings",
         "Official inquiry rejects UN and witness accounts that blamed the army and shabiha militia for the deaths of 108 people in the village cluster near Homs."),
    ]),
    ("houla-2012", "houla-rights-council", [
        ("Reuters", "2012-06-01T15:30", "U.N. rights forum condemns Syria, orders Houla inquiry",
         "GENEVA (Reuters) - The U.N. Human Rights Council voted 41-3 to condemn Syria over the Houla massacre and asked its commission of inquiry to investigate the killings. Russia, China and Cuba voted against."),
        ("DW", "2012-06-01T17:00", "UN rights body calls for probe into Houla massacre",
         "Meeting in special session in Geneva, the Human Rights Council asked investigators to establish who killed more than 100 people near Homs. UN rights chief Navi Pillay said the killings could amount to crimes against humanity."),
    ]),
    ("houla-2012", "houla-syria-retaliates", [
        ("Reuters", "2012-06-05T12:20", "Syria expels Western diplomats in tit-for-tat move",
         "BEIRUT (Reuters) - Syria declared diplomats from the United States, Britain, France, Germany, Turkey and several other countries personae non gratae, a week after those states expelled Syrian envoys over the Houla massacre."),
        ("Guardian", "2012-06-05T14:50", "Damascus hits back by expelling western envoys",
         "The Syrian foreign ministry named ambassadors and diplomats it said were no longer welcome, though most western embassies in Damascus had already closed. The move answers last week's coordinated expulsions."),
    ]),

    # ------------------------------------------------------------ Annan's plan, Geneva and his resignation, Jun-Aug 2012
    ("annan-2012", "observers-suspend", [
        ("Reuters", "2012-06-16T10:30", "U.N. suspends Syria monitoring as violence intensifies",
         "DAMASCUS (Reuters) - The head of the U.N. observer mission in Syria, Major General Robert Mood, said the monitors were suspending their patrols because escalating violence posed a risk to the unarmed observers."),
        ("AP", "2012-06-16T11:45", "UN observers halt work in Syria",
         "About 300 UN monitors sent to oversee Kofi Annan's peace plan stopped patrolling, citing escalating fighting. Their convoys have come under attack in recent days."),
        ("Al Jazeera", "2012-06-16T14:00", "UN halts Syria observer mission",
         "Observers suspend activities after attacks on their patrols, as activists report heavy shelling of Homs and other cities. Annan's six-point plan appears in tatters."),
    ]),
    ("annan-2012", "geneva-action-group", [
        ("Reuters", "2012-06-30T19:00", "World powers agree on Syria transition principles in Geneva",
         "GENEVA (Reuters) - Major powers agreed at a meeting called by Kofi Annan that a transitional government should be set up in Syria, but left open whether President Bashar al-Assad would have to step down."),
        ("BBC", "2012-06-30T20:30", "Syria crisis: Annan's Geneva meeting backs unity government",
         "An action group of world powers has endorsed a transitional governing body with full executive powers, which could include members of the present government and the opposition, formed by mutual consent."),
        ("Guardian", "2012-06-30T21:15", "Clinton and Lavrov split over Assad after Geneva deal",
         "Hillary Clinton said the agreement paved the way for Assad's exit, while Sergei Lavrov insisted nothing in it imposed a solution on Syrians. Follow our live coverage."),
    ]),
    ("annan-2012", "annan-assad-july", [
        ("AP", "2012-07-09T13:20", "Annan says he agreed approach with Assad",
         "International envoy Kofi Annan said after meeting President Bashar Assad in Damascus that they had agreed on an approach to ending the violence, which he would share with the armed opposition."),
        ("France 24", "2012-07-09T15:00", "Annan meets Assad, then heads for Tehran",
         "The UN-Arab League envoy described his talks with Syria's president as candid and constructive before flying to Iran, an ally of Damascus he says must be part of any solution."),
        ("DW", "2012-07-10T08:30", "Annan seeks Iran's help on Syria",
         "Kofi Annan was in Tehran on Tuesday, a day after seeing Bashar al-Assad, pressing Iran to use its influence. Western powers have opposed giving Tehran a role in the Syria diplomacy."),
    ]),
    ("annan-2012", "security-council-veto", [
        ("Reuters", "2012-07-19T16:10", "Russia, China veto U.N. sanctions threat against Syria",
         "UNITED NATIONS (Reuters) - Russia and China vetoed a Western-backed Security Council resolution threatening Syria with sanctions if it did not pull back heavy weapons, their third such veto. Pakistan and South Africa abstained."),
        ("BBC", "2012-07-19T17:30", "Syria: Russia and China block UN resolution",
         "Moscow and Beijing have vetoed a British-drafted text under Chapter VII of the UN charter, a day after a bomb in Damascus killed top security officials. The vote had been put off at Kofi Annan's request."),
        ("Al Jazeera", "2012-07-19T18:40", "Third double veto leaves UN split on Syria",
         "Western envoys voice anger after Russia and China again shield Damascus, as fighting rages in the capital and the UN observer mission's mandate runs out."),
    ]),
    ("annan-2012", "observers-final-extension", [
        ("AP", "2012-07-20T19:00", "UN gives Syria observers a final 30 days",
         "The Security Council voted unanimously to extend the UN observer mission in Syria for a final 30 days, a day after Russia and China vetoed a tougher resolution backed by the West."),
        ("DW", "2012-07-20T20:10", "Security Council keeps monitors in Syria for one last month",
         "The unarmed UN observers will stay for 30 more days, but the mission will end unless the use of heavy weapons stops and violence drops."),
    ]),
    ("annan-2012", "annan-resigns", [
        ("Reuters", "2012-08-02T15:00", "Annan quits as Syria envoy, blames divided Security Council",
         "GENEVA (Reuters) - Kofi Annan said he would step down as international mediator for Syria when his mandate ends on August 31, blaming divisions in the Security Council and the growing militarisation of the conflict."),
        ("Guardian", "2012-08-02T15:40", "Kofi Annan resigns as Syria peace envoy",
         "The former UN secretary general complained of finger-pointing and name-calling at the security council, as fighting intensified in Aleppo and Damascus."),
        ("France 24", "2012-08-02T17:20", "Why did Kofi Annan give up on Syria?",
         "Five months after taking on the job, the UN-Arab League mediator steps down with his six-point peace plan never implemented. Ban Ki-moon says he will look for a successor. Click here to read more."),
    ]),

    # ------------------------------------------------------------ Turkish F-4 shot down by Syria, Jun-Jul 2012
    ("turkey-jet-2012", "jet-downed", [
        ("Reuters", "2012-06-22T16:30", "Turkey loses contact with military jet near Syria",
         "ANKARA (Reuters) - Turkey lost contact with an F-4 fighter jet over the Mediterranean off its southern province of Hatay, and Prime Minister Tayyip Erdogan called an emergency meeting with military and intelligence chiefs."),
        ("AP", "2012-06-22T21:10", "Syria says it shot down Turkish warplane",
         "Syria's military said it shot down a Turkish jet that entered its airspace at low altitude over the Mediterranean, about a kilometre off the coast of Latakia province. The two pilots were missing."),
        ("BBC", "2012-06-23T07:30", "Turkey confirms Syria shot down its F-4 jet",
         "Turkey says one of its military planes was downed by Syria and that it will respond decisively once the facts are established. A search for the two crew is under way."),
    ]),
    ("turkey-jet-2012", "davutoglu-international-airspace", [
        ("Reuters", "2012-06-24T12:00", "Turkey says jet downed in international airspace without warning",
         "Foreign Minister Ahmet Davutoglu said the unarmed reconnaissance plane was hit about 13 nautical miles off the Syrian coast on a training flight testing Turkey's radar, and that Syria gave no warning."),
        ("Guardian", "2012-06-24T14:30", "Turkey to invoke Nato treaty after Syria downs jet",
         "Ankara will seek talks under article 4 of Nato's founding treaty, which lets members consult when their security is threatened. Davutoglu acknowledged the plane had briefly strayed into Syrian airspace earlier."),
    ]),
    ("turkey-jet-2012", "nato-article-four", [
        ("Reuters", "2012-06-26T11:50", "NATO condemns Syria's downing of Turkish jet",
         "BRUSSELS (Reuters) - NATO ambassadors meeting at Turkey's request called the shooting down of the F-4 unacceptable, but Secretary-General Anders Fogh Rasmussen indicated that military action was not under discussion."),
        ("Al Jazeera", "2012-06-26T15:20", "Erdogan changes rules of engagement on Syria border",
         "Turkish prime minister tells parliament that any Syrian military element approaching the border and posing a threat will be treated as a military target, as NATO allies express solidarity."),
        ("DW", "2012-06-26T16:40", "'Unacceptable': NATO stands by Turkey over downed jet",
         "The alliance backed Ankara at an emergency meeting in Brussels, but there was no talk of invoking the mutual defense clause. In Ankara, Erdogan struck a tough tone toward the Assad government."),
    ]),
    ("turkey-jet-2012", "border-reinforced", [
        ("Reuters", "2012-06-28T10:15", "Turkey sends anti-aircraft guns to Syrian border",
         "Turkish military convoys carrying anti-aircraft guns and armoured vehicles headed for the Syrian border in Hatay province, Turkish media reported, days after Syria shot down a Turkish jet."),
        ("France 24", "2012-06-28T13:30", "Turkey beefs up frontier as tensions with Syria mount",
         "Ankara is deploying military reinforcements along its 900-kilometre border with Syria, where tens of thousands of refugees and Free Syrian Army fighters have sought shelter."),
    ]),
    ("turkey-jet-2012", "assad-regrets", [
        ("AP", "2012-07-03T09:00", "Assad says he regrets downing of Turkish jet",
         "Syrian President Bashar Assad told a Turkish newspaper he wished the F-4 had not been shot down and would not let the incident turn into armed conflict, saying air defence crews did not know the plane was Turkish."),
        ("BBC", "2012-07-03T11:10", "Assad tells Turkish paper jet used corridor flown by Israel",
         "In an interview with Cumhuriyet, President Assad said the plane had flown along a route Israeli jets had used in the past, which is why Syrian forces treated it as hostile."),
    ]),
    ("turkey-jet-2012", "pilots-found", [
        ("Reuters", "2012-07-04T18:20", "Bodies of Turkish pilots found on seabed off Syria",
         "ISTANBUL (Reuters) - The bodies of the two pilots of the Turkish F-4 jet shot down by Syria have been found on the floor of the Mediterranean, the Turkish military said."),
        ("Al Jazeera", "2012-07-04T19:45", "Turkey locates bodies of downed jet's crew",
         "Remains of Captain Gokhan Ertan and Lieutenant Hasan Huseyin Aksoy found in deep-water search, nearly two weeks after Syrian air defences hit their reconnaissance plane."),
    ]),

    # ------------------------------------------------------------ Damascus bombing, battle for the capital, Hijab's defection, Jul-Aug 2012
    ("damascus-2012", "fighting-midan", [
        ("Reuters", "2012-07-16T09:30", "Heaviest fighting yet rocks Syrian capital",
         "BEIRUT (Reuters) - Rebels and government troops fought in several Damascus districts including Midan and Tadamon for a second day, residents and activists said, the most sustained clashes yet in the capital."),
        ("BBC", "2012-07-16T13:00", "Syria crisis: Clashes spread in Damascus",
         "Heavy gunfire and explosions have been reported in southern districts of Damascus, a day after the Red Cross said the Syrian conflict now amounted to a civil war."),
        ("Guardian", "2012-07-16T15:45", "Is the battle for Damascus under way?",
         "Free Syrian Army units have moved into neighbourhoods close to the centre of the capital, and residents say troops are using armoured vehicles. Follow our live coverage."),
    ]),
    ("damascus-2012", "security-hq-bombing", [
        ("Reuters", "2012-07-18T10:30", "Bomb kills Syrian defence minister and Assad's brother-in-law",
         "DAMASCUS (Reuters) - A bomb attack on the national security headquarters in Damascus killed Defence Minister Dawoud Rajha and Assef Shawkat, President Bashar al-Assad's brother-in-law, during a meeting of ministers and security chiefs, state television said."),
        ("AP", "2012-07-18T12:15", "Blast strikes heart of Assad regime",
         "A bombing in Damascus killed three senior figures including deputy defence minister Assef Shawkat and former defence minister Hassan Turkmani. The Free Syrian Army claimed responsibility."),
        ("Al Jazeera", "2012-07-18T14:00", "Top Syrian officials killed in Damascus attack",
         "Interior minister among the wounded as blast hits crisis cell meeting in the Rawda district; Assad quickly names General Fahd Jassem al-Freij as the new defence minister."),
    ]),
    ("damascus-2012", "assad-appears-refugees", [
        ("Reuters", "2012-07-19T14:30", "Assad seen on TV as fighting rages in Damascus",
         "Syrian state television showed President Bashar al-Assad swearing in his new defence minister, his first appearance since a bomb killed three of his top security officials. Clashes spread across the capital."),
        ("Guardian", "2012-07-19T17:00", "Thousands flee Damascus for Lebanon as battle intensifies",
         "Cars queued at the Masnaa crossing as families escaped the fighting in the Syrian capital, a day after the bombing that killed Assad's brother-in-law."),
    ]),
    ("damascus-2012", "midan-retaken", [
        ("AP", "2012-07-20T12:40", "Syrian army says it has retaken Damascus district",
         "Government forces said they had cleared rebels from the Midan neighbourhood after days of clashes, as the national security chief, Hisham Bekhtiar, died of wounds suffered in Wednesday's bombing."),
        ("France 24", "2012-07-20T15:20", "Syrian regime buries its security chiefs, claws back ground in capital",
         "Syria held a military funeral for the defence minister and the other officials killed in the Damascus bombing, while troops pushed Free Syrian Army fighters out of the Midan district."),
    ]),
    ("damascus-2012", "hijab-defects", [
        ("Reuters", "2012-08-06T09:50", "Syrian Prime Minister Riad Hijab defects",
         "AMMAN (Reuters) - Syrian Prime Minister Riad Hijab has defected, his spokesman said on Monday, the most senior official to abandon President Bashar al-Assad since the uprising began."),
        ("BBC", "2012-08-06T11:20", "Syria crisis: Prime Minister Riad Hijab defects",
         "Riad Hijab, appointed only in June, has defected, his spokesman told Al Jazeera. State TV said he had been dismissed. Earlier, a bomb went off inside the state TV building in Damascus."),
        ("Al Jazeera", "2012-08-06T12:30", "Syrian prime minister abandons Assad and flees",
         "Spokesman says Riad Hijab has joined the revolution and left the country with his family; Omar Ghalawanji is named caretaker prime minister."),
    ]),
    ("damascus-2012", "assad-jalili", [
        ("Reuters", "2012-08-07T13:40", "Assad appears on TV with Iranian envoy after PM's defection",
         "BEIRUT (Reuters) - President Bashar al-Assad appeared on state television meeting Iran's Saeed Jalili in Damascus, his first public appearance in nearly three weeks, a day after his prime minister fled."),
        ("DW", "2012-08-07T15:30", "Iran pledges to stand by Assad",
         "Iranian security chief Saeed Jalili told Syria's president that Tehran would not allow its alliance with Damascus to be broken, as pressure on the regime mounts in the capital and in Aleppo."),
    ]),
    ("damascus-2012", "hijab-amman", [
        ("AP", "2012-08-14T11:30", "Defected Syrian PM says Assad regime is collapsing",
         "Riad Hijab, in his first public appearance since fleeing to Jordan, said the government was crumbling morally, materially and economically and controlled no more than 30 percent of Syria."),
        ("Guardian", "2012-08-14T13:10", "Riad Hijab urges Syrian army to follow his lead",
         "Syria's former prime minister, speaking in Amman, called on soldiers and officials to defect. Activists say more than 20,000 people have been killed since the uprising began in March 2011."),
    ]),

    # ------------------------------------------------------------ Battle for Aleppo, Jul-Aug 2012
    ("aleppo-2012", "aleppo-fighting-begins", [
        ("Reuters", "2012-07-22T10:00", "Rebels battle Syrian troops in Aleppo",
         "BEIRUT (Reuters) - Rebels fought government forces in several districts of Aleppo, including Salaheddine, for a third day, activists said, as the revolt reached Syria's commercial hub and most populous city."),
        ("Al Jazeera", "2012-07-22T13:30", "FSA says battle to 'liberate' Aleppo has begun",
         "Opposition fighters say they have launched an offensive on Syria's second city, days after the Damascus bombing, as government troops move to contain them."),
    ]),
    ("aleppo-2012", "aleppo-buildup", [
        ("AP", "2012-07-26T15:00", "US fears massacre as Syrian troops mass near Aleppo",
         "The State Department warned of a possible massacre in Aleppo as columns of Syrian tanks and troops were reported moving on the city, where rebels hold several neighbourhoods."),
        ("Guardian", "2012-07-26T17:30", "Aleppo braces for assault as Assad's forces gather",
         "Residents of Syria's largest city fear a full-scale offensive as troop reinforcements converge on rebel-held districts such as Salaheddine. Click here to read more."),
    ]),
    ("aleppo-2012", "salaheddine-offensive", [
        ("Reuters", "2012-07-28T12:20", "Syrian forces launch assault on rebels in Aleppo",
         "Syrian troops backed by tanks and helicopter gunships launched an assault on the rebel-held Salaheddine district of Aleppo, activists said. Rebels said they had pushed back the attack."),
        ("BBC", "2012-07-28T16:00", "Syria: Aleppo offensive begins amid warnings",
         "Government forces have begun a long-expected push to retake Aleppo's south-western Salaheddine district. UN human rights chief Navi Pillay had warned of an imminent battle."),
        ("DW", "2012-07-29T14:00", "Some 200,000 flee fighting in Aleppo, UN says",
         "UN humanitarian chief Valerie Amos said an estimated 200,000 people had fled Aleppo and surrounding areas in two days as the army pressed its offensive against rebels."),
    ]),
    ("aleppo-2012", "aleppo-police-stations", [
        ("AP", "2012-07-31T16:00", "Syrian rebels storm police stations in Aleppo",
         "Rebels attacked several police stations in Aleppo and killed dozens of police officers, activists said, while a video appeared to show gunmen executing pro-government militiamen."),
        ("Guardian", "2012-08-01T08:30", "Aleppo rebels accused of executing clan members",
         "Footage appears to show opposition fighters shooting captives said to belong to the Berri clan, loyal to Assad. Rights groups say summary executions by either side are war crimes."),
    ]),
    ("aleppo-2012", "salaheddine-ground-assault", [
        ("Reuters", "2012-08-08T11:00", "Syrian army launches ground offensive in Aleppo",
         "BEIRUT (Reuters) - Syrian troops pushed into the Salaheddine district of Aleppo after days of bombardment, a rebel commander said, in what appeared to be the start of the army's main assault on the city."),
        ("Al Jazeera", "2012-08-08T14:20", "Government troops storm rebel-held Aleppo district",
         "State media says the army has inflicted heavy losses on terrorists in Salaheddine; Free Syrian Army fighters say they are holding their positions."),
        ("France 24", "2012-08-08T16:50", "Battle for Aleppo: army moves in on Salaheddine",
         "Tanks rolled into the southwestern district that has been the main rebel stronghold in Syria's second city, two days after the prime minister's defection."),
    ]),
    ("aleppo-2012", "salaheddine-withdrawal", [
        ("AP", "2012-08-09T13:00", "Rebels pull back from key Aleppo district",
         "Syrian rebels said they had carried out a tactical retreat from the Salaheddine neighbourhood after days of heavy shelling and a ground assault by government troops."),
        ("BBC", "2012-08-09T15:30", "Syria conflict: Rebels withdraw from Aleppo stronghold",
         "The Free Syrian Army says it has pulled out of Salaheddine but insists the fight for Aleppo will go on. The government says it has regained control of the area."),
    ]),

    # ------------------------------------------------------------ Battle of Qusayr, Apr-Jun 2013
    ("qusayr-2013", "qusayr-villages", [
        ("AP", "2013-04-21T14:30", "Syrian troops take villages near Lebanon border",
         "Syrian government troops backed by Hezbollah fighters captured several villages near the town of Qusayr in Homs province, activists said, tightening the squeeze on rebels close to the Lebanese border."),
        ("Al Jazeera", "2013-04-21T17:10", "Hezbollah accused of joining Syria offensive",
         "Opposition says the Lebanese group is fighting alongside Assad's forces in the countryside around Qusayr, a rebel supply route from Lebanon."),
    ]),
    ("qusayr-2013", "nasrallah-april", [
        ("Reuters", "2013-04-30T18:30", "Hezbollah leader says Syria's allies will not let it fall",
         "BEIRUT (Reuters) - Hezbollah leader Sayyed Hassan Nasrallah said in a televised speech that Syria's friends would not allow it to fall into the hands of the United States, Israel or Islamist militants."),
        ("Guardian", "2013-04-30T20:00", "Nasrallah defends Hezbollah fighters near Qusayr",
         "The Hezbollah chief said his men were helping Lebanese villagers living inside Syria near Qusayr to defend themselves, his clearest acknowledgment yet of the group's role in the war."),
    ]),
    ("qusayr-2013", "qusayr-assault", [
        ("Reuters", "2013-05-19T13:00", "Syrian army and Hezbollah storm rebel-held Qusayr",
         "Syrian troops backed by Hezbollah fighters launched a major assault on the rebel-held town of Qusayr, activists said, with dozens killed in heavy shelling and street fighting."),
        ("BBC", "2013-05-19T16:20", "Syria conflict: Army pushes into Qusayr",
         "Government forces say they have taken the centre of Qusayr, a strategic town near the Lebanese border, but rebels say fighting goes on. Activists say Hezbollah fighters are among the dead."),
        ("France 24", "2013-05-20T08:10", "Hezbollah losses mount in battle for Qusayr",
         "Funerals were held in Lebanon for Hezbollah fighters killed in Syria, as the Shiite movement's part in the offensive on Qusayr became increasingly open."),
    ]),
    ("qusayr-2013", "nasrallah-victory-speech", [
        ("AP", "2013-05-25T17:00", "Hezbollah chief vows to fight on in Syria",
         "Hezbollah leader Hassan Nasrallah said his group was fully committed to the battle in Syria and promised his supporters victory, openly acknowledging its fighters' central role."),
        ("Al Jazeera", "2013-05-25T19:30", "Nasrallah pledges victory in Syria battle",
         "In a speech marking Israel's withdrawal from south Lebanon, Hezbollah's leader says the group cannot stand by while Syria, the backbone of the resistance, falls; the Qusayr assault enters its second week."),
        ("Reuters", "2013-05-26T11:00", "Rockets hit Hezbollah stronghold in Beirut",
         "Two rockets struck Beirut's southern suburbs, a Hezbollah stronghold, wounding several people, a day after Nasrallah pledged to keep fighting in Syria."),
    ]),
    ("qusayr-2013", "dabaa-airbase", [
        ("Reuters", "2013-05-29T12:30", "Syrian army seizes airbase near besieged Qusayr",
         "Syrian forces and Hezbollah fighters captured the Dabaa military airport north of Qusayr, cutting a rebel route into the town, activists and state media said."),
        ("Guardian", "2013-05-29T15:00", "Qusayr encircled as Assad's forces take airfield",
         "Rebels in Qusayr say they are surrounded and short of medical supplies after regime troops overran an airbase north of the town. Thousands of civilians are thought to be trapped."),
    ]),
    ("qusayr-2013", "qusayr-falls", [
        ("Reuters", "2013-06-05T07:30", "Syrian army and Hezbollah capture Qusayr",
         "BEIRUT (Reuters) - Syrian government forces and Hezbollah guerrillas captured the border town of Qusayr after a two-week offensive, dealing a major blow to rebels trying to topple President Bashar al-Assad."),
        ("BBC", "2013-06-05T10:00", "Syria conflict: Qusayr falls to government forces",
         "State TV says the army has restored security across Qusayr. Rebels say they made a tactical withdrawal to spare civilians after weeks of bombardment."),
        ("Al Jazeera", "2013-06-05T12:45", "What does the fall of Qusayr mean for Syria's rebels?",
         "Loss of the strategic town cuts opposition supply lines from Lebanon and secures the road between Damascus and the coast, boosting Assad ahead of planned peace talks in Geneva."),
    ]),

    # ------------------------------------------------------------ Israeli strikes near Damascus and the S-300 row, May 2013
    ("israel-strikes-2013", "airstrike-shipment", [
        ("AP", "2013-05-04T14:00", "US officials: Israel carried out airstrike in Syria",
         "Israel conducted an airstrike in Syria on Thursday or Friday, apparently targeting a shipment of weapons bound for Hezbollah, US officials said. Israel declined to comment."),
        ("Reuters", "2013-05-04T17:20", "Israel hit missile shipment in Syria, sources say",
         "JERUSALEM (Reuters) - Israeli aircraft struck a shipment of advanced surface-to-surface missiles in Syria that Israel believed was destined for Lebanon's Hezbollah, a source said."),
    ]),
    ("israel-strikes-2013", "jamraya-strikes", [
        ("Reuters", "2013-05-05T06:30", "Israel strikes near Damascus, Syria says",
         "BEIRUT (Reuters) - Huge explosions shook Damascus overnight as Israeli jets hit a military research centre at Jamraya and other targets on the outskirts of the capital, Syrian state media said."),
        ("BBC", "2013-05-05T11:00", "Syria blames Israel for attack on Damascus military sites",
         "Syria says Israeli rockets hit the Jamraya research centre near Damascus, in the second such strike in days. An Israeli official said Iranian missiles bound for Hezbollah were targeted."),
        ("Al Jazeera", "2013-05-05T15:40", "Damascus calls Israeli raids a 'declaration of war'",
         "Syria's deputy foreign minister says the strikes on sites near Mount Qasioun and Jamraya amount to an act of war, as the Arab League condemns the attack. Follow our live blog."),
    ]),
    ("israel-strikes-2013", "israel-calms", [
        ("Guardian", "2013-05-06T10:30", "Israel plays down strikes as Syria threatens retaliation",
         "Israel signalled it was not seeking to intervene in Syria's civil war after two air raids near Damascus, while moving Iron Dome missile-defence batteries to the north."),
        ("DW", "2013-05-06T13:00", "Israel wary of escalation after Syria raids",
         "Israeli officials insisted the airstrikes were aimed only at stopping weapons reaching Hezbollah, not at Bashar al-Assad. Damascus and Tehran warned of a response."),
    ]),
    ("israel-strikes-2013", "s300-warning", [
        ("Reuters", "2013-05-09T16:00", "Kerry warns Russia over missile sale to Syria",
         "ROME (Reuters) - U.S. Secretary of State John Kerry said a Russian sale of advanced S-300 air defence missiles to Syria would be potentially destabilising, after reports the deal was going ahead. Israel has lobbied Moscow to stop it."),
        ("France 24", "2013-05-09T18:30", "Israel alarmed by Russian S-300 deal with Damascus",
         "Reports that Moscow is preparing to deliver sophisticated anti-aircraft missiles to Syria have alarmed Israel, which fears they would limit its ability to hit arms shipments to Hezbollah."),
    ]),
    ("israel-strikes-2013", "netanyahu-putin-sochi", [
        ("AP", "2013-05-14T14:50", "Netanyahu meets Putin in Sochi over Syria",
         "Israeli Prime Minister Benjamin Netanyahu flew to Russia for talks with President Vladimir Putin on Syria, amid Israeli concern over the planned delivery of Russian air defence missiles to Damascus."),
        ("BBC", "2013-05-14T17:10", "Netanyahu presses Putin to keep missiles from Syria",
         "Benjamin Netanyahu held talks with Vladimir Putin at the Black Sea resort of Sochi, reportedly urging him to cancel the S-300 sale, after Israeli raids near Damascus this month."),
    ]),
    ("israel-strikes-2013", "yaalon-warning", [
        ("Reuters", "2013-05-28T12:10", "Israel says it will act if Russia ships S-300s to Syria",
         "JERUSALEM (Reuters) - Defence Minister Moshe Yaalon said Russian S-300 missiles had not yet been sent to Syria but that Israel would know how to respond if they were delivered."),
        ("Guardian", "2013-05-28T15:30", "Israel hints it could strike Russian missiles in Syria",
         "Israel's defence minister signalled possible military action against S-300 batteries if they reach Damascus, after Moscow said the deliveries would help deter foreign intervention."),
    ]),

    # ------------------------------------------------------------ Geneva conference plan and arming the rebels, May-Jun 2013
    ("geneva-2013", "kerry-lavrov-moscow", [
        ("Reuters", "2013-05-07T19:40", "U.S. and Russia agree to push for Syria peace conference",
         "MOSCOW (Reuters) - U.S. Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov agreed to try to convene an international conference, possibly by the end of May, to bring Syria's government and opposition together."),
        ("AP", "2013-05-07T21:00", "Kerry, Lavrov seek Syria talks based on Geneva plan",
         "The United States and Russia said they would encourage Assad's government and the rebels to negotiate a political settlement, building on last year's Geneva agreement on a transitional government."),
        ("DW", "2013-05-08T07:30", "Washington and Moscow revive Syria diplomacy",
         "After talks that ran late into the night in Moscow, Kerry and Lavrov announced a joint push for a peace conference. The two powers remain divided over Assad's future."),
    ]),
    ("geneva-2013", "amman-friends-of-syria", [
        ("Reuters", "2013-05-22T20:00", "Friends of Syria press Assad to accept transition",
         "AMMAN (Reuters) - Western and Arab ministers meeting in Jordan said they would step up support for Syria's rebels if Assad's government refused to negotiate seriously at the planned peace conference."),
        ("Al Jazeera", "2013-05-22T21:30", "Kerry warns Assad ahead of Geneva talks",
         "US secretary of state says Washington will increase support for the opposition if Damascus does not engage in peace talks; ministers condemn Hezbollah's role in Qusayr."),
    ]),
    ("geneva-2013", "eu-embargo-lapses", [
        ("Reuters", "2013-05-27T22:40", "EU fails to agree, lets Syria arms embargo lapse",
         "BRUSSELS (Reuters) - European Union foreign ministers failed to agree on extending an arms embargo on Syria, clearing the way for Britain and France to supply weapons to rebels, while other sanctions on Assad's government stay in place."),
        ("BBC", "2013-05-28T06:00", "EU ends arms embargo on Syrian rebels",
         "William Hague says the decision sends a strong signal to the Assad regime, though no member state plans to send arms immediately. Austria was among those opposed to lifting the ban."),
        ("France 24", "2013-05-28T08:15", "Europe opens door to arming Syria's opposition",
         "After marathon talks in Brussels, EU ministers let the embargo expire on June 1, but governments pledged not to deliver weapons before August 1."),
    ]),
    ("geneva-2013", "russia-condemns-eu", [
        ("AP", "2013-05-28T11:30", "Russia says EU decision hurts Syria peace effort",
         "Russian Deputy Foreign Minister Sergei Ryabkov said the EU's move to end its arms embargo directly harms prospects for a peace conference, and defended Moscow's plan to supply S-300 missiles to Damascus."),
        ("DW", "2013-05-28T14:00", "Moscow slams EU over Syria arms decision",
         "Russia accused the European Union of undermining the peace initiative it agreed with Washington by allowing weapons deliveries to rebels, weeks before the planned Geneva conference."),
    ]),
    ("geneva-2013", "opposition-refuses", [
        ("Reuters", "2013-05-30T14:10", "Syrian opposition says it won't attend talks while Qusayr besieged",
         "ISTANBUL (Reuters) - The Syrian National Coalition said it would not take part in an international peace conference while Hezbollah and Iranian-backed forces pressed their assault on Qusayr."),
        ("Guardian", "2013-05-30T16:40", "Geneva hopes fade as Syrian opposition sets conditions",
         "The main opposition bloc, after a week of fractious meetings in Istanbul, said it would not join US-Russian peace talks under current conditions, deepening doubts over the conference."),
    ]),
    ("geneva-2013", "geneva-no-date", [
        ("AP", "2013-06-05T16:30", "No date set for Syria peace conference",
         "UN envoy Lakhdar Brahimi said after talks in Geneva with US and Russian officials that the peace conference would not take place in June, adding that he hoped it could be held in July."),
        ("BBC", "2013-06-05T18:00", "Syria peace talks pushed back to July at earliest",
         "Preparatory talks in Geneva ended without agreement on a date or on who will attend. Russia wants Iran at the table, and the opposition has yet to agree to come."),
    ]),
    ("geneva-2013", "us-arms-rebels", [
        ("Reuters", "2013-06-13T22:30", "U.S. says Syria used chemical arms, will aid rebels militarily",
         "WASHINGTON (Reuters) - The White House said it had concluded that Assad's forces used chemical weapons including sarin against rebels, and that President Barack Obama had authorised direct military support to the opposition."),
        ("Guardian", "2013-06-13T23:15", "Obama's 'red line' crossed: US to arm Syrian rebels",
         "Deputy national security adviser Ben Rhodes said US intelligence had high confidence that 100 to 150 people were killed in chemical attacks. The decision follows the fall of Qusayr."),
        ("Al Jazeera", "2013-06-14T06:00", "US to arm Syrian rebels after chemical weapons finding",
         "Washington says it will provide military support to the rebels' Supreme Military Council; the UN says at least 93,000 people have been killed in the conflict."),
    ]),
    ("geneva-2013", "g8-lough-erne", [
        ("Reuters", "2013-06-18T15:30", "G8 leaders call for Syria peace talks, sidestep Assad's fate",
         "ENNISKILLEN, Northern Ireland (Reuters) - Leaders of the Group of Eight including Russia's Vladimir Putin called for a Geneva peace conference as soon as possible, but their statement made no mention of Assad's future."),
        ("France 24", "2013-06-18T17:00", "Putin stands firm on Assad at G8 summit",
         "Western leaders failed to persuade Russia's president to drop his backing for Damascus, after Moscow dismissed US evidence of chemical weapons use and warned against arming the rebels."),
    ]),
]
