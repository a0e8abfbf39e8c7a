# ruff: noqa: E501
"""review23 (session 20): fresh probe sentences of the session's new rules, (rule, want, text).

want N: the rule's trigger is there but it should not fire (a near-miss); Y: it should fire. Written by
hand for the review, not taken from any eval page; see docs/eval-fresh/README.md, "review23". Run with
docs/eval-fresh/review22-run.py."""

PROBES = [
    # Lead 20: South Asian respellings (place_variants.respelt_towns)
    (
        "L20-respelt",
        "Y",
        "Two militants were killed in an encounter in Rajouri district of Jammu and Kashmir, India, police said.",
    ),
    (
        "L20-respelt",
        "Y",
        "Security forces in Baramulla, India, arrested three men after a grenade attack on a patrol.",
    ),
    (
        "L20-respelt",
        "Y",
        "Curfew was imposed in Akhnoor after shelling across the border, Indian officials said.",
    ),
    (
        "L20-respelt",
        "N",
        "Rajouri Sharma, a shopkeeper, said the market in Jammu, India, was shut for a week.",
    ),
    (
        "L20-respelt",
        "N",
        "Fighting near Budgam, a village in eastern Afghanistan, killed four, officials in Kabul said.",
    ),
    (
        "L20-respelt",
        "N",
        "The Baramulla Brigade of the Indian Army said its patrol in Kupwara, India, came under fire.",
    ),
    (
        "L20-respelt",
        "N",
        "Police in Dhaka, Bangladesh, said the Tarapore operation had ended with two arrests.",
    ),
    ("L20-respelt", "N", "In Bamako, Mali, the Kidalpore plan was rejected by the junta."),
    (
        "L20-respelt",
        "N",
        "Indian troops in Srinagar said the Pulwamu road operation ended; the Mavil Oya talks in Sri Lanka went on.",
    ),
    # Lead 20: office's place before the holder's name, no comma
    ("L20-office-place", "Y", "The mayor of Kherson Roman Mrochko said the strike hit a bus stop."),
    (
        "L20-office-place",
        "Y",
        "The district magistrate of Poonch Vikas Kundal ordered schools shut in India.",
    ),
    ("L20-office-place", "Y", "The governor of Sumy Volodymyr Artiukh said two people died."),
    (
        "L20-office-place",
        "N",
        "The governor of the central bank Ahmed Saleh said the currency would hold.",
    ),
    (
        "L20-office-place",
        "N",
        "The commissioner of police Ali Hassan said officers were deployed in Nairobi.",
    ),
    ("L20-office-place", "N", "The mayor of Paris Anne Hidalgo condemned the attack in Kyiv."),
    ("L20-office-place", "N", "The head of Hamas Ismail Haniyeh was killed in Tehran."),
    (
        "L20-office-place",
        "N",
        "The deputy commissioner of Customs Ravi Menon said seizures rose at the Wagah border in India.",
    ),
    # Lead 20: a district whose mentions own a named part (district_reading._names_its_part)
    (
        "L20-district-part",
        "Y",
        "Militants attacked a post in Kupwara's Keran sector. Kupwara district police said two soldiers died in India.",
    ),
    (
        "L20-district-part",
        "Y",
        "Fighting flared in Sagaing's Monywa township and in Sagaing's north, Myanmar's junta said.",
    ),
    (
        "L20-district-part",
        "N",
        "Shells hit Kharkiv's Saltivka district overnight, Ukraine's officials said.",
    ),
    ("L20-district-part", "N", "Gunmen stormed Kano's Sabon Gari market, Nigerian police said."),
    (
        "L20-district-part",
        "N",
        "Airstrikes hit Idlib's Maarat Misrin area and Idlib city, Syrian activists said.",
    ),
    ("L20-district-part", "N", "Soldiers patrolled Rafah's Tel al-Sultan neighbourhood in Gaza."),
    (
        "L20-district-part",
        "N",
        "Kathua's new mayor said roads in Kathua town, India, were reopened.",
    ),
    # Lead 20: province's name as GeoNames' other name of its capital
    (
        "L20-capital-name",
        "Y",
        "Taliban fighters attacked a checkpoint in Laghman, Afghan officials said.",
    ),
    (
        "L20-capital-name",
        "Y",
        "Abu Sayyaf gunmen were killed in clashes in Basilan, the Philippine army said.",
    ),
    ("L20-capital-name", "N", "Violence in Mecca was condemned by Saudi officials."),
    ("L20-capital-name", "N", "Protests in Karak, Jordan, turned violent on Friday."),
    ("L20-capital-name", "N", "Missiles struck Dnepropetrovsk in Ukraine overnight."),
    (
        "L20-capital-name",
        "N",
        "A car bomb exploded in Mehtar Lam, the capital of Laghman province, in Afghanistan.",
    ),
    (
        "L20-capital-name",
        "N",
        "Troops in Isabela City, Basilan, arrested a suspect, Philippine police said.",
    ),
    # Lead 20: one part of a town; the X neighbourhood of Y
    (
        "L20-part-of",
        "Y",
        "A bomb exploded in a poor neighbourhood of Karachi, Pakistani police said.",
    ),
    ("L20-part-of", "Y", "Gunmen opened fire in one suburb of Nairobi, Kenyan police said."),
    ("L20-part-of", "Y", "Israeli troops raided the Shujaiya neighbourhood of Gaza City."),
    ("L20-part-of", "N", "A bomb exploded in a neighbourhood of Lima, Ohio, police said."),
    ("L20-part-of", "N", "He lives in a quiet part of town near Quetta, Pakistan."),
    (
        "L20-part-of",
        "N",
        "A neighbourhood of fear grew in Mosul after the attack, Iraqi residents said.",
    ),
    ("L20-part-of", "N", "Troops entered the Old City district of Hebron, in the West Bank."),
    ("L20-part-of", "N", "Shelling hit the Saltivka neighbourhood of Kharkiv."),
    # Lead 20: title-case dateline with its date
    (
        "L20-date-dateline",
        "Y",
        "PAGE:Blast kills four\nKandy, 3 March, (Xinhua): A bomb killed four people in Sri Lanka, police said.",
    ),
    (
        "L20-date-dateline",
        "Y",
        "PAGE:Rebels attack town\nDavao, Jan 9 (IANS) Rebels attacked a town in the Philippines, officials said.",
    ),
    (
        "L20-date-dateline",
        "N",
        "PAGE:Rebels attack town\nMonday, 3 March, (Xinhua): Rebels attacked a town in Sri Lanka, police said.",
    ),
    (
        "L20-date-dateline",
        "N",
        "PAGE:Rebels attack town\nSerena, 24 May, told reporters that the army had left Kandy in Sri Lanka.",
    ),
    (
        "L20-date-dateline",
        "N",
        "PAGE:Rebels attack town\nChelsea, 12 June: a day to forget, as fighting closed the road to Colombo.",
    ),
    (
        "L20-date-dateline",
        "N",
        "PAGE:Rebels attack town\nVictoria, 4 May - a farmer - was shot near Mannar in Sri Lanka.",
    ),
    # cities43: title-case subject with a dashed aside is no dateline
    (
        "c43-dash-aside",
        "Y",
        "PAGE:Rockets hit Sderot\nSderot — Rockets fired from Gaza hit a house on Monday, Israeli police said.",
    ),
    (
        "c43-dash-aside",
        "Y",
        "PAGE:Army retakes town\nRas al Ain – Turkish-backed fighters took the town, a monitor said.",
    ),
    (
        "c43-dash-aside",
        "N",
        "PAGE:Drought and war\nDarfur – a region the size of Spain – faces famine, aid agencies said.",
    ),
    (
        "c43-dash-aside",
        "N",
        "PAGE:Drought and war\nEvery child – some only 4 years old – was registered in Tawila camp in Sudan.",
    ),
    (
        "c43-dash-aside",
        "N",
        "PAGE:Drought and war\nAlbany – the capital – was quiet as Sudan's refugees arrived, officials said.",
    ),
    (
        "c43-dash-aside",
        "N",
        "PAGE:Drought and war\nSalem – a farmer from Kassala – said the army had left.",
    ),
    (
        "c43-dash-aside",
        "N",
        "PAGE:Drought and war\nTwo men – both from Al Fashir – were shot in Sudan.",
    ),
    # cities43: place + authority acronym between title and name
    (
        "c43-acronym",
        "Y",
        "Said the head of the Zaporizhzhia OVA Ivan Fedorov on Telegram, two people died.",
    ),
    (
        "c43-acronym",
        "Y",
        "The head of the Kherson RMA Oleksandr Prokudin said the shelling went on.",
    ),
    (
        "c43-acronym",
        "Y",
        "The head of the Sumy ODA Volodymyr Artiukh reported the strike in Ukraine.",
    ),
    (
        "c43-acronym",
        "N",
        "The leader of the Darfur SLM Minni Minnawi said the talks failed in Sudan.",
    ),
    ("c43-acronym", "N", "The Kharkiv MVA head Ihor Terekhov said the city was shelled."),
    ("c43-acronym", "N", "The head of the Kyiv OSCE office Ann Linde visited Ukraine."),
    ("c43-acronym", "N", "The chief of the Nigerian EFCC Ola Olukoyede spoke in Abuja."),
    (
        "c43-acronym",
        "N",
        "Police in the Donetsk region said the ODA building in Kramatorsk was hit.",
    ),
    # cities43: Sudan's Ed D... towns
    ("c43-ed", "Y", "RSF fighters entered Ed Damazin on Tuesday, Sudanese officials said."),
    ("c43-ed", "Y", "Thousands fled Ed Dueim as the RSF advanced in Sudan."),
    ("c43-ed", "N", "Ed Davey, the Liberal Democrat leader, called for a ceasefire in Sudan."),
    ("c43-ed", "N", "Ed Miliband told parliament the aid to Sudan would rise."),
    ("c43-ed", "N", "Reporter Ed Douglas said the town of Kosti in Sudan had fallen."),
    ("c43-ed", "N", "Ed Dunn, a British aid worker, said Kadugli was cut off in Sudan."),
    ("c43-ed", "N", "Ed Diamond, an analyst in London, said the RSF held El Fasher in Sudan."),
    # cities43: and other settlements
    (
        "c43-other-settlements",
        "Y",
        "Russian troops shelled Malokaterynivka, Prymorske, Kamianske and other settlements in Zaporizhzhia oblast, Ukraine.",
    ),
    (
        "c43-other-settlements",
        "Y",
        "Enemy drones attacked Bilozerka, Antonivka and other localities of Kherson region in Ukraine.",
    ),
    (
        "c43-other-settlements",
        "N",
        "Refugees from Kharkiv, Poltava, Dnipro and other regions arrived in Lviv.",
    ),
    (
        "c43-other-settlements",
        "N",
        "Red Cross, Caritas, Oxfam and other agencies helped settlements in Kherson, Ukraine.",
    ),
    (
        "c43-other-settlements",
        "N",
        "Volodymyr Zelensky, Denys Shmyhal and other officials visited settlements near Kupiansk in Ukraine.",
    ),
    (
        "c43-other-settlements",
        "N",
        "Mariupol Steel, Azovstal and other plants were shut, Ukrainian officials said.",
    ),
    (
        "c43-other-settlements",
        "N",
        "Troops in Kharkiv region said Monday, Tuesday and other days were quiet near the settlements in Ukraine.",
    ),
    # cities43: sentence-case tag line
    (
        "c43-tags",
        "Y",
        "PAGE:News Feed, Kharkiv, Kharkiv Oblast, Drone attacks, Civilian casualties\nRussian drones hit Kharkiv overnight\nRussian drones hit Kharkiv overnight, injuring five people, Ukrainian officials said.",
    ),
    (
        "c43-tags",
        "N",
        "PAGE:Kherson, Mykolaiv, Odesa, Zaporizhzhia, Dnipro hit by missiles\nRussian missiles struck five cities overnight, Ukraine's air force said.",
    ),
    (
        "c43-tags",
        "N",
        "PAGE:Drones, missiles and glide bombs: Kharkiv, Sumy, Kupiansk under fire\nRussian strikes hit three cities overnight, Ukraine said.",
    ),
    (
        "c43-tags",
        "N",
        "PAGE:Gaza ceasefire talks stall as Israel, Hamas, Qatar, Egypt, US trade blame\nTalks in Cairo stalled on Monday, officials said.",
    ),
    (
        "c43-tags",
        "N",
        "PAGE:Rafah, Khan Younis, Deir al-Balah under fire as Israel pushes south\nIsraeli strikes hit southern Gaza overnight, officials said.",
    ),
    (
        "c43-tags",
        "N",
        "PAGE:Sudan war: Army, RSF, Darfur, Kordofan, El Fasher explained\nThe war in Sudan began in April 2023, diplomats said.",
    ),
    # cities43: was reported by X
    (
        "c43-reported-by",
        "Y",
        "The strike on the port was reported by UNIAN, citing the regional governor in Odesa.",
    ),
    ("c43-reported-by", "Y", "The death toll was reported by WAFA on Tuesday in Nablus."),
    (
        "c43-reported-by",
        "N",
        "PAGE:Strike on Odesa port\nReporting by Olena Harmash; editing by Tom Hogue\nA strike hit the port of Odesa, Ukraine said.",
    ),
    (
        "c43-reported-by",
        "N",
        "PAGE:Strike on Odesa port\nReported by: Yulia Dysa\nA strike hit the port of Odesa, Ukraine said.",
    ),
    (
        "c43-reported-by",
        "N",
        "The attack was reported by Andriy Yermak, head of the presidential office, in Kyiv.",
    ),
    (
        "c43-reported-by",
        "N",
        "The blast had been reported by Tamara Ivanova, a resident of Kherson.",
    ),
    # cities43: outpost
    ("c43-outpost", "Y", "Settlers from the Havat Maon outpost attacked farmers near Hebron."),
    ("c43-outpost", "Y", "Police evacuated the Ramat Migron outposts in the West Bank."),
    (
        "c43-outpost",
        "N",
        "Amira Hass, the outpost's neighbour, said the settlers came at night in the West Bank.",
    ),
    ("c43-outpost", "N", "Yossi Dagan said the outpost near Nablus would stay."),
    ("c43-outpost", "N", "The army said Yehuda Glick visited an outpost near Ramallah."),
    ("c43-outpost", "N", "An army outpost near Kafr Kila was hit, Lebanese officials said."),
    # cities42: Sheikh places
    (
        "c42-sheikh",
        "Y",
        "Militants attacked a checkpoint in Sheikh Zuwaid, Egyptian security sources said.",
    ),
    ("c42-sheikh", "Y", "Troops killed five gunmen south of Sheikh Zuweid in North Sinai, Egypt."),
    ("c42-sheikh", "N", "Sheikh Zuwaid said the tribe would help the army in Sinai, Egypt."),
    ("c42-sheikh", "N", "Sheikh Tamim met the Egyptian president in Cairo."),
    ("c42-sheikh", "N", "Egypt's army met Sheikh Ibrahim al-Argani in Arish."),
    (
        "c42-sheikh",
        "N",
        "In Sheikh Hasina's time the army was loyal, a Bangladeshi officer said in Dhaka.",
    ),
    ("c42-sheikh", "Y", "Israeli police evicted families in Sheikh Jarrah in Jerusalem."),
    # cities42: demonym surname
    (
        "c42-demonym-surname",
        "Y",
        "PAGE:Strike on Kyiv\nKYIV (Reuters) - A strike hit Kyiv, officials said.\nReporting by John Irish in Paris; Editing by Ed Osmond",
    ),
    (
        "c42-demonym-surname",
        "Y",
        "Michael German, a former FBI agent, said the attack in Kabul was planned.",
    ),
    (
        "c42-demonym-surname",
        "N",
        "Irish Foreign Minister Simon Harris said the shelling of Gaza must stop.",
    ),
    ("c42-demonym-surname", "N", "Chad French troops left N'Djamena last year."),
    ("c42-demonym-surname", "N", "German Chancellor Olaf Scholz visited Kyiv."),
    (
        "c42-demonym-surname",
        "N",
        "Jordan French forces trained together near Amman, officials said.",
    ),
    (
        "c42-demonym-surname",
        "N",
        "Peter English soldiers were not named; the raid in Basra killed two.",
    ),
    ("c42-demonym-surname", "Y", "Simon Welsh, an aid worker, was killed in Juba."),
    # cities42: kin by pronoun
    (
        "c42-kin",
        "Y",
        "Ali Hassan Musa was killed in Mogadishu. He was succeeded by his son, Omar Ali Hassan Musa.",
    ),
    (
        "c42-kin",
        "Y",
        "Ahmed Abdi Godane died in a strike. His brother, Mohamed Ahmed Abdi Godane, fled to Kismayo.",
    ),
    (
        "c42-kin",
        "N",
        "President Idriss Deby was killed in Chad. Idriss Deby had ruled for 30 years; his son, Mahamat, took power.",
    ),
    (
        "c42-kin",
        "N",
        "Ahmed Shah Massoud was killed in 2001. His son Ahmad Massoud leads the resistance. Massoud said in Panjshir that the war goes on.",
    ),
    (
        "c42-kin",
        "N",
        "Saif al-Islam Gaddafi spoke in Tripoli. His father, Muammar Gaddafi, was killed in Sirte.",
    ),
    (
        "c42-kin",
        "N",
        "Mohamed Ali met reporters in Mogadishu; his driver, Mohamed Ali, was shot later.",
    ),
    # cities42: colon dated dateline
    (
        "c42-colon-dateline",
        "Y",
        "PAGE:Clashes in Tripoli\nBy Sami Zaptia. Tripoli, 4 May 2019: Clashes broke out in the capital, officials said.",
    ),
    (
        "c42-colon-dateline",
        "Y",
        "PAGE:Clashes in Tripoli\nBenghazi, 12 October 2020:\nClashes broke out in the city, officials said.",
    ),
    (
        "c42-colon-dateline",
        "N",
        "PAGE:Clashes in Tripoli\nThe timeline, 4 May 2019: clashes broke out in Tripoli, then the UN called a truce.\nOfficials said ten died.",
    ),
    (
        "c42-colon-dateline",
        "N",
        "PAGE:Clashes in Tripoli\nNote, 12 October 2020: this story was corrected.\nClashes broke out in Tripoli, officials said.",
    ),
    (
        "c42-colon-dateline",
        "N",
        "PAGE:Clashes in Tripoli\nUpdated 3 March 2021 at 10:00\nClashes broke out in Tripoli, officials said.\nIn Misrata, 5 June 2019: militias fought.",
    ),
    # cities42: territory's bare name is no village
    ("c42-territory", "N", "Fighting in Darfur forced 20,000 to flee, Sudanese officials said."),
    ("c42-territory", "N", "An insurgency in Sinai has killed hundreds of Egyptian soldiers."),
    ("c42-territory", "N", "Troops in Kashmir detained protesters, Indian police said."),
    (
        "c42-territory",
        "Y",
        "Troops entered the village of Sinai near Cuenca, Ecuador, police said.",
    ),
    ("c42-territory", "N", "Rockets from Gaza hit Sderot, Israeli police said."),
    ("c42-territory", "N", "Refugees from Kordofan reached Kosti in Sudan."),
    # cities42: In Salah
    ("c42-in-salah", "Y", "Gunmen attacked the gas field near In Salah in southern Algeria."),
    ("c42-in-salah", "Y", "The army sent troops to In Guezzam on Algeria's border with Niger."),
    (
        "c42-in-salah",
        "N",
        "In Salah's view, the Algerian army had failed, a Tamanrasset elder said.",
    ),
    ("c42-in-salah", "N", "In Salah al-Din province, Iraqi troops killed three militants."),
    ("c42-in-salah", "N", "In Guelma, Algeria, police arrested two men."),
    ("c42-in-salah", "N", "In Salahuddin, Iraqi troops found a mass grave."),
    # cities42: another spelling of a local town is no region abroad
    ("c42-khoms", "Y", "Migrant boats left from Zuwara and al-Khoms in western Libya."),
    ("c42-khoms", "N", "Fighting in Homs killed ten, Syrian activists said."),
    (
        "c42-khoms",
        "N",
        "Libyan officials said fighters from Syria's Homs governorate joined militias in Tripoli.",
    ),
    ("c42-khoms", "N", "Boko Haram attacked Maiduguri in Borno, Nigeria."),
    (
        "c42-khoms",
        "N",
        "Lebanese troops in Tripoli clashed with gunmen; Tripoli in Libya was quiet.",
    ),
    # cities44: settlement official
    ("c44-official", "Y", "Police shot dead a protester, said Ahmed Karimi, the town's mayor."),
    ("c44-official", "Y", "Villagers fled, said Thein Aung, the village headman, in Myanmar."),
    (
        "c44-official",
        "Y",
        "The bodies were found near Bint Jbeil, said Ali Bazzi, the town's deputy mayor, in Lebanon.",
    ),
    ("c44-official", "N", "Troops took Bakhmut, the town's mayor said in Ukraine."),
    ("c44-official", "N", "Rebels shelled Dahuk, a town of farmers in Iraq."),
    ("c44-official", "N", "Fighting reached Kupiansk, the town's mayor fled, in Ukraine."),
    ("c44-official", "N", "Gunmen attacked Sangin, the town's police chief said in Afghanistan."),
    ("c44-official", "N", "Shells hit Qusair, the town's main market, in Syria."),
    # cities44: described settlement
    (
        "c44-described",
        "Y",
        "Israeli jets struck Aitaroun, a small Shiite border village, in Lebanon.",
    ),
    ("c44-described", "Y", "Troops reached Dhiban, a mostly Christian farming town, in Jordan."),
    (
        "c44-described",
        "N",
        "Ali Hassan, a Shiite Muslim village elder, said the army left in Lebanon.",
    ),
    ("c44-described", "N", "Maria Lopez, a small town mayor, was shot in Colombia."),
    ("c44-described", "N", "Hezbollah, a Shiite Muslim militant group, fired rockets into Israel."),
    ("c44-described", "N", "John Smith, a former British army officer, visited a town in Iraq."),
    ("c44-described", "N", "Ahmed Saleh, a local town council member, was killed in Yemen."),
    # cities44: rank before a country's given name
    ("c44-rank-country", "Y", "Corporal Jordan Pike was killed by a roadside bomb in Helmand."),
    ("c44-rank-country", "Y", "Sergeant Israel Garcia died in Baghdad."),
    ("c44-rank-country", "N", "Private Chad contractors were hired to guard the camp in Iraq."),
    ("c44-rank-country", "N", "General Chad forces attacked Boko Haram near Lake Chad."),
    ("c44-rank-country", "N", "Captain Jordan said the ship was seized in the Red Sea."),
    ("c44-rank-country", "N", "Admiral Israel Navy ships blocked Gaza's coast."),
    # cities44: multi-word country glued to a title
    (
        "c44-glued-country",
        "Y",
        "Ambassador to South Sudan Michael Adler said the fighting must stop.",
    ),
    ("c44-glued-country", "Y", "Envoy to Sri Lanka Yasushi Akashi met the Tamil Tigers."),
    (
        "c44-glued-country",
        "N",
        "Ambassador to Sierra Leone and Liberia said the elections went well.",
    ),
    ("c44-glued-country", "N", "The Ambassador to Costa Rica visited Managua."),
    ("c44-glued-country", "N", "Ambassador Sri Mulyani spoke in Jakarta."),
    ("c44-glued-country", "N", "Special envoy to South Sudan said the ceasefire in Juba held."),
    (
        "c44-glued-country",
        "N",
        "Ambassador to the United States Oksana Markarova said Kyiv needed more air defence.",
    ),
    # cities44: in X and Y
    (
        "c44-in-x-and-y",
        "Y",
        "British troops fought in Garmsir and Musa Qala, Afghan officials said.",
    ),
    (
        "c44-in-x-and-y",
        "Y",
        "Fighting raged near Kandahar and Ali Abad, officials said in Afghanistan.",
    ),
    (
        "c44-in-x-and-y",
        "N",
        "Security was tight in Kabul and Ali Ahmad Jalali said troops would stay.",
    ),
    (
        "c44-in-x-and-y",
        "N",
        "In Kandahar and Helmand, Ahmad Shah told reporters, the Taliban were strong.",
    ),
    ("c44-in-x-and-y", "N", "He met in Kabul and Ashraf Ghani later visited Herat."),
    ("c44-in-x-and-y", "N", "Talks were held in Doha and Abdul Ghani Baradar signed the deal."),
    (
        "c44-in-x-and-y",
        "N",
        "Troops were deployed in Kunduz and Hamid Karzai flew to Mazar-i-Sharif.",
    ),
    # cities44: comma, direction, of, place
    (
        "c44-direction",
        "Y",
        "Marines cleared parts of Marjah, south-west of Lashkar Gah, in Afghanistan.",
    ),
    ("c44-direction", "Y", "Fighting reached Sabzak, north-east of Herat, officials said."),
    (
        "c44-direction",
        "N",
        "Mohammad Gul, north-west of Kabul's main police chief, said troops left.",
    ),
    ("c44-direction", "N", "Ali Khan, south-east of Kandahar, told reporters the road was closed."),
    ("c44-direction", "N", "The commander, Abdul Razzaq, north of Kandahar city, was killed."),
    (
        "c44-direction",
        "N",
        "Taliban fighters, north-west of Kunduz, ambushed a convoy, said Ahmad Zia.",
    ),
    # cities44: Tribune archive line
    (
        "c44-tribune",
        "Y",
        "PAGE:Bomb kills 20 in Baghdad\nMarch 4, 2004|By John Smith, Tribune foreign correspondent\nBAGHDAD -- A bomb killed 20 people, officials said.",
    ),
    (
        "c44-tribune",
        "Y",
        "PAGE:Bomb kills 20 in Baghdad\nJune 2, 2005|By Mary Jones and Paul Brown, Times Staff Writers\nA bomb killed 20 people in Baghdad, officials said.",
    ),
    (
        "c44-tribune",
        "N",
        "PAGE:Bomb kills 20 in Baghdad\nScore 3|By the end of March 4, 2004, twenty had died in Baghdad, officials said.",
    ),
    (
        "c44-tribune",
        "N",
        "PAGE:Bomb kills 20 in Baghdad\nA bomb killed 20 people in Baghdad, officials said.\nRelated: March 4, 2004|By the numbers",
    ),
    # persons22: leading peoples
    ("p22-demonym", "Y", "Afghan Ahmad Shah, a farmer, was killed in Helmand."),
    ("p22-demonym", "Y", "Kashmiri Muhammad Yasin was detained in Srinagar, India."),
    ("p22-demonym", "Y", "Bosnian Croat Dario Kordic was sentenced in The Hague."),
    ("p22-demonym", "N", "Russian Sukhoi jets bombed Idlib, Syrian activists said."),
    ("p22-demonym", "N", "The Bosnian Serb Army shelled Sarajevo."),
    ("p22-demonym", "N", "Christian Malek, a priest, was kidnapped in Mosul."),
    ("p22-demonym", "N", "Kurd Ahmed Ali said the Peshmerga held Kirkuk."),
    ("p22-demonym", "N", "Somali Mohamed Farah Aidid's militia fought US troops in Mogadishu."),
    ("p22-demonym", "N", "South Sudanese Red Cross volunteers reached Bor."),
    ("p22-demonym", "N", "Sri Lankan Airlines flights to Colombo were cancelled."),
    ("p22-demonym", "N", "Jordan Hassan, a Syrian refugee, was detained in Amman."),
    ("p22-demonym", "N", "Punjabi Taliban commander Asmatullah Muawiya surrendered in Pakistan."),
    # persons22: byline run into capitals dateline
    (
        "p22-byline-dateline",
        "Y",
        "PAGE:Bomb in Quetta\nBy Gul Yousafzai QUETTA, Pakistan (Reuters) - A bomb killed five people in the city, police said.",
    ),
    (
        "p22-byline-dateline",
        "Y",
        "PAGE:Bomb in Peshawar\nBy Jibran Ahmad and Mushtaq Ali PESHAWAR, Pakistan (Reuters) - A bomb killed five people, police said.",
    ),
    (
        "p22-byline-dateline",
        "N",
        "PAGE:Bomb in Quetta\nBy Gul Yousafzai NATO said in QUETTA, Pakistan (Reuters) that a bomb killed five people.",
    ),
    (
        "p22-byline-dateline",
        "N",
        "PAGE:Bomb in Quetta\nBy The Associated Press QUETTA, Pakistan (AP) - A bomb killed five people, police said.",
    ),
    (
        "p22-byline-dateline",
        "N",
        "PAGE:Bomb in Quetta\nBy Staff Writer ISLAMABAD, Pakistan - A bomb killed five people in Quetta, police said.",
    ),
    # persons22: prefixed roles
    (
        "p22-prefixed-role",
        "Y",
        "Kony, an LRA co-founder, was never caught, Ugandan officials said.",
    ),
    ("p22-prefixed-role", "Y", "Ochieng, an ex-policeman, was shot dead in Kisumu."),
    ("p22-prefixed-role", "Y", "Haqqani, a Taliban vice-president, spoke in Kabul."),
    ("p22-prefixed-role", "N", "Gulu, an ex-rebel town, was quiet, Ugandan officials said."),
    (
        "p22-prefixed-role",
        "N",
        "Marawi, a sub-district capital, was retaken by the army in the Philippines.",
    ),
    ("p22-prefixed-role", "N", "Kabul, a co-host city of the talks, was sealed off."),
    # persons22: date-first dateline with the country
    (
        "p22-date-first",
        "Y",
        "PAGE:Sudan talks resume\nMarch 3, 2009 (DOHA, Qatar) — Talks between Khartoum and the rebels resumed on Tuesday, officials said.",
    ),
    (
        "p22-date-first",
        "Y",
        "PAGE:Sudan talks resume\nJune 10, 2008 (ADDIS ABABA, Ethiopia) — Talks resumed on Tuesday, officials said.",
    ),
    (
        "p22-date-first",
        "N",
        "PAGE:Sudan talks resume\nTalks resumed in Doha (Qatar) on March 3, 2009, officials said (KHARTOUM, Sudan).",
    ),
    (
        "p22-date-first",
        "N",
        "PAGE:Sudan talks resume\nMarch 3, 2009 (Reuters, Qatar) said the talks resumed, officials said in Doha.",
    ),
    # persons22: motto words
    (
        "p22-motto",
        "Y",
        "PAGE:Independent news and views on South Sudan\nArmy clashes with rebels near Malakal\nThe army clashed with rebels near Malakal, officials said, after both sides changed their views on the truce.",
    ),
    (
        "p22-motto",
        "N",
        "PAGE:News and views\nArmy clashes with rebels near Malakal\nThe army clashed with rebels near Malakal, officials said.",
    ),
    (
        "p22-motto",
        "N",
        "PAGE:Rebels voice anger over views of army in Malakal\nThe rebels said the army's views were wrong, officials said in Malakal.",
    ),
    # persons22: island
    ("p22-island", "Y", "Troops landed on Basilan island, Philippine officials said."),
    ("p22-island", "Y", "Rebels fled to the island of Socotra, Yemeni officials said."),
    ("p22-island", "N", "Gunmen attacked Jolo town, the capital of Sulu, in the Philippines."),
    (
        "p22-island",
        "N",
        "Troops in Zamboanga, the island's largest city, arrested three men in the Philippines.",
    ),
    (
        "p22-island",
        "N",
        "Houthis attacked ships near Hodeidah on Yemen's coast; Kamaran island was hit.",
    ),
    ("p22-island", "N", "Marawi Island Hotel guests were evacuated, Philippine officials said."),
    # titles18: numeric stamp with its time first
    (
        "t18-stamp",
        "Y",
        "PAGE:Shelling kills three in Kherson\n11:20 2023/08/14\nRussian shelling killed three people in Kherson, officials said.",
    ),
    (
        "t18-stamp",
        "Y",
        "PAGE:Shelling kills three in Kherson\n07:45 | 21.09.2022\nText size A A A\nRussian shelling killed three people in Kherson, officials said.",
    ),
    (
        "t18-stamp",
        "N",
        "PAGE:Shelling kills three in Kherson\n11:20 12:45\nRussian shelling killed three people in Kherson, officials said.",
    ),
    (
        "t18-stamp",
        "N",
        "PAGE:Shelling kills three in Kherson\nShakhtar 2:1 Dynamo\nRussian shelling killed three people in Kherson, officials said.",
    ),
    (
        "t18-stamp",
        "N",
        "PAGE:09:30 14/08/2023\nShelling kills three in Kherson\nRussian shelling killed three people in Kherson, officials said.",
    ),
    (
        "t18-stamp",
        "N",
        "PAGE:Shelling kills three in Kherson\n11:20\nRussian shelling killed three people in Kherson, officials said.",
    ),
    # titles18: bracket opening dateline
    (
        "t18-bracket",
        "Y",
        "PAGE:Attack on church\n(Agenzia Fides / Abuja, 12.03.2023).- Gunmen attacked a church in Kaduna, Nigeria, killing four.",
    ),
    (
        "t18-bracket",
        "Y",
        "PAGE:Attack on church\n(Kurdistan24 / Duhok, June 5, 2022) – Turkish jets struck a village, officials said.",
    ),
    (
        "t18-bracket",
        "N",
        "PAGE:Attack on church\n(Photo: Reuters / Abuja, 2023) – Gunmen attacked a church in Kaduna, Nigeria.",
    ),
    (
        "t18-bracket",
        "N",
        "PAGE:Attack on church\nPublished 4 March 2023\n(Agenzia Fides / Abuja, 12.03.2023).- Gunmen attacked a church in Kaduna, Nigeria.",
    ),
    (
        "t18-bracket",
        "N",
        "PAGE:Attack on church\nGunmen attacked a church in Kaduna (Nigeria, 12.03.2023) and fled, police said.",
    ),
    # titles18: outlet with its base
    (
        "t18-outlet-base",
        "Y",
        "PAGE:12 March 2023\nThe Guardian (Lagos)\nGunmen kill 12 in Zamfara\nGunmen killed 12 villagers in Zamfara, police said.",
    ),
    (
        "t18-outlet-base",
        "Y",
        "PAGE:12 March 2023\nRadio Dalsan (Mogadishu)\nAl-Shabaab attacks base\nAl-Shabaab attacked a base near Afgoye, officials said.",
    ),
    (
        "t18-outlet-base",
        "N",
        "PAGE:Rebels Seize Border Post (Kidal)\nRebels seized a border post near Kidal, Malian officials said.",
    ),
    (
        "t18-outlet-base",
        "N",
        "PAGE:Army Retakes Mining Town (Video)\nThe army retook a mining town, Congolese officials said.",
    ),
    (
        "t18-outlet-base",
        "N",
        "PAGE:Jihadists Attack Radio Station (Gao)\nJihadists attacked a radio station in Gao, Malian officials said.",
    ),
    (
        "t18-outlet-base",
        "N",
        "PAGE:Police Raid Daily News (Harare)\nPolice raided the offices of the Daily News in Harare, the paper said.",
    ),
    (
        "t18-outlet-base",
        "N",
        "PAGE:Gunmen Kill Herders in Benue Times (Makurdi)\nGunmen killed herders in Benue, police said.",
    ),
    # titles18: colon byline
    (
        "t18-colon-byline",
        "Y",
        "PAGE:By: Amina Yusuf\nGunmen killed ten villagers in Katsina, police said.",
    ),
    (
        "t18-colon-byline",
        "Y",
        "PAGE:Gunmen kill ten in Katsina\nBY : Musa Abdullahi, Staff Reporter\nGunmen killed ten villagers in Katsina, police said.",
    ),
    (
        "t18-colon-byline",
        "N",
        "PAGE:BY THE NUMBERS: Ten killed in Katsina raid\nGunmen killed ten villagers in Katsina, police said.",
    ),
    (
        "t18-colon-byline",
        "N",
        "PAGE:By: the numbers, the war in Katsina\nGunmen killed ten villagers in Katsina, police said.",
    ),
    (
        "t18-colon-byline",
        "N",
        "PAGE:Bypass: Gunmen kill ten on Katsina road\nGunmen killed ten villagers in Katsina, police said.",
    ),
    # added to bring each rule to six probes or more
    (
        "c42-colon-dateline",
        "Y",
        "PAGE:Clashes in Tripoli\nBy Hadi Fornaji. Sirte, 15 August 2016: Forces loyal to the council advanced, officials said.",
    ),
    (
        "c42-colon-dateline",
        "N",
        "PAGE:Clashes in Tripoli\nUpdate, 3 March 2021: The toll rose to twelve.\nClashes broke out in Tripoli, officials said.",
    ),
    (
        "c42-khoms",
        "Y",
        "Fighters from Misrata and Khoms clashed near Tarhuna, Libyan officials said.",
    ),
    ("c42-khoms", "N", "Refugees from Homs reached Tripoli in northern Lebanon."),
    (
        "c44-tribune",
        "Y",
        "PAGE:Marines pull back\nApril 30, 2004|By Jane Doe, Tribune staff reporter. Tribune news services contributed to this report.\nFALLUJA, Iraq -- Marines pulled back, officials said.",
    ),
    (
        "c44-tribune",
        "N",
        "PAGE:Marines pull back\nMarines pulled back from Falluja, officials said.\nApril 30, 2004|By comparison, the siege of Najaf was short.",
    ),
    (
        "p22-byline-dateline",
        "N",
        "PAGE:Bomb in Quetta\nBy Gul Yousafzai\nQUETTA, Pakistan (Reuters) - A bomb killed five people, police said.",
    ),
    (
        "p22-date-first",
        "Y",
        "PAGE:Darfur rebels meet\nJanuary 15, 2010 (N'DJAMENA, Chad) — Darfur rebels met the Chadian president, officials said.",
    ),
    (
        "p22-date-first",
        "N",
        "PAGE:Darfur rebels meet\nJanuary 15, 2010 (Photo: AFP, Chad) — Darfur rebels met the Chadian president.",
    ),
    (
        "p22-motto",
        "Y",
        "PAGE:The voice of the people of Darfur\nRebels attack army base near Nyala\nRebels attacked a base near Nyala, officials said, giving voice to anger over the army's abuses.",
    ),
    (
        "p22-motto",
        "N",
        "PAGE:Refugees give voice to fear in Nyala camps\nRefugees in Nyala said they feared new attacks, officials said, voicing anger.",
    ),
    (
        "p22-motto",
        "N",
        "PAGE:Rebels attack army base near Nyala\nOpinion and views\nRebels attacked a base near Nyala, officials said.",
    ),
    (
        "t18-bracket",
        "N",
        "PAGE:Attack on church\n(Reporting by Ali Musa / Abuja, 12.03.2023) Gunmen attacked a church in Kaduna, Nigeria.",
    ),
    (
        "t18-colon-byline",
        "Y",
        "PAGE:Gunmen kill ten in Katsina\nBy:Ibrahim Sani\nGunmen killed ten villagers in Katsina, police said.",
    ),
]
