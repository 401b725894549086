#!/usr/bin/env python3
"""Writes the STATE rows of src/main/resources/extract/gazetteer.tsv.

Names and alpha-3 codes come from Debian's iso-codes (ISO 3166-1, /usr/share/iso-codes/json);
common English short names, capitals (as used for governments: "Washington", "Moscow") and
demonyms are kept below. Run it after changing the table, then review the diff:

    bench/extraction/states.py > /tmp/states.tsv
"""
import json

# alpha-3: (name used in news or None for ISO's, capital metonyms, demonyms, other names)
S = {
 'AFG': (None, 'Kabul', 'Afghan', ''), 'ALB': (None, 'Tirana', 'Albanian', ''), 'DZA': (None, 'Algiers', 'Algerian', ''),
 'AND': (None, '', 'Andorran', ''), 'AGO': (None, 'Luanda', 'Angolan', ''), 'ATG': (None, '', '', ''),
 'ARG': (None, 'Buenos Aires', 'Argentine|Argentinian', ''), 'ARM': (None, 'Yerevan', 'Armenian', ''),
 'AUS': (None, 'Canberra', 'Australian', ''), 'AUT': (None, 'Vienna', 'Austrian', ''), 'AZE': (None, 'Baku', 'Azerbaijani', ''),
 'BHS': ('The Bahamas', 'Nassau', 'Bahamian', 'Bahamas'), 'BHR': (None, 'Manama', 'Bahraini', ''),
 'BGD': (None, 'Dhaka', 'Bangladeshi', ''), 'BRB': (None, 'Bridgetown', 'Barbadian', ''), 'BLR': (None, 'Minsk', 'Belarusian', ''),
 'BEL': (None, '', 'Belgian', ''), 'BLZ': (None, 'Belmopan', 'Belizean', ''), 'BEN': (None, 'Porto-Novo', 'Beninese', ''),
 'BTN': (None, 'Thimphu', 'Bhutanese', ''), 'BOL': (None, 'La Paz', 'Bolivian', ''), 'BIH': (None, 'Sarajevo', 'Bosnian', 'Bosnia'),
 'BWA': (None, 'Gaborone', 'Botswanan', ''), 'BRA': (None, 'Brasília|Brasilia', 'Brazilian', ''), 'BRN': ('Brunei', '', 'Bruneian', 'Brunei Darussalam'),
 'BGR': (None, 'Sofia', 'Bulgarian', ''), 'BFA': (None, 'Ouagadougou', 'Burkinabe', ''), 'BDI': (None, 'Gitega', 'Burundian', ''),
 'CPV': ('Cape Verde', 'Praia', 'Cape Verdean', 'Cabo Verde'), 'KHM': (None, 'Phnom Penh', 'Cambodian', ''),
 'CMR': (None, 'Yaoundé|Yaounde', 'Cameroonian', ''), 'CAN': (None, 'Ottawa', 'Canadian', ''),
 'CAF': (None, 'Bangui', 'Central African', 'CAR'), 'TCD': (None, "N'Djamena", 'Chadian', ''), 'CHL': (None, 'Santiago', 'Chilean', ''),
 'CHN': (None, 'Beijing', 'Chinese', "People's Republic of China|PRC"), 'COL': (None, 'Bogotá|Bogota', 'Colombian', ''),
 'COM': (None, 'Moroni', 'Comorian', ''), 'COD': ('Democratic Republic of the Congo', 'Kinshasa', 'Congolese', 'Democratic Republic of Congo|DR Congo|DRC|Congo-Kinshasa|Congo'),
 'COG': ('Republic of the Congo', 'Brazzaville', '', 'Congo-Brazzaville'), 'CRI': (None, 'San José', 'Costa Rican', ''),
 'CIV': ("Côte d'Ivoire", 'Abidjan|Yamoussoukro', 'Ivorian', 'Ivory Coast|Cote d\'Ivoire'), 'HRV': (None, 'Zagreb', 'Croatian', ''),
 'CUB': (None, 'Havana', 'Cuban', ''), 'CYP': (None, 'Nicosia', 'Cypriot', ''), 'CZE': ('Czech Republic', 'Prague', 'Czech', 'Czechia'),
 'DNK': (None, 'Copenhagen', 'Danish', ''), 'DJI': (None, '', 'Djiboutian', ''), 'DMA': (None, 'Roseau', '', ''),
 'DOM': (None, 'Santo Domingo', 'Dominican', ''), 'ECU': (None, 'Quito', 'Ecuadorian', ''), 'EGY': (None, 'Cairo', 'Egyptian', ''),
 'SLV': (None, 'San Salvador', 'Salvadoran', ''), 'GNQ': (None, 'Malabo', 'Equatoguinean', ''), 'ERI': (None, 'Asmara', 'Eritrean', ''),
 'EST': (None, 'Tallinn', 'Estonian', ''), 'SWZ': (None, 'Mbabane', 'Swazi', 'Swaziland'), 'ETH': (None, 'Addis Ababa', 'Ethiopian', ''),
 'FJI': (None, 'Suva', 'Fijian', ''), 'FIN': (None, 'Helsinki', 'Finnish', ''), 'FRA': (None, 'Paris', 'French', 'French Republic'),
 'GAB': (None, 'Libreville', 'Gabonese', ''), 'GMB': ('The Gambia', 'Banjul', 'Gambian', 'Gambia'), 'GEO': (None, 'Tbilisi', 'Georgian', ''),
 'DEU': (None, 'Berlin', 'German', 'Federal Republic of Germany'), 'GHA': (None, 'Accra', 'Ghanaian', ''), 'GRC': (None, 'Athens', 'Greek', ''),
 'GRD': (None, '', 'Grenadian', ''), 'GTM': (None, 'Guatemala City', 'Guatemalan', ''), 'GIN': (None, 'Conakry', 'Guinean', ''),
 'GNB': (None, 'Bissau', 'Bissau-Guinean', ''), 'GUY': (None, 'Georgetown', 'Guyanese', ''), 'HTI': (None, 'Port-au-Prince', 'Haitian', ''),
 'HND': (None, 'Tegucigalpa', 'Honduran', ''), 'HUN': (None, 'Budapest', 'Hungarian', ''), 'ISL': (None, 'Reykjavik', 'Icelandic', ''),
 'IND': (None, 'New Delhi', 'Indian', ''), 'IDN': (None, 'Jakarta', 'Indonesian', ''), 'IRN': (None, 'Tehran', 'Iranian', 'Islamic Republic of Iran'),
 'IRQ': (None, 'Baghdad', 'Iraqi', ''), 'IRL': (None, 'Dublin', 'Irish', ''), 'ISR': (None, '', 'Israeli', ''), 'ITA': (None, 'Rome', 'Italian', ''),
 'JAM': (None, 'Kingston', 'Jamaican', ''), 'JPN': (None, 'Tokyo', 'Japanese', ''), 'JOR': (None, 'Amman', 'Jordanian', ''),
 'KAZ': (None, 'Astana', 'Kazakh', ''), 'KEN': (None, 'Nairobi', 'Kenyan', ''), 'KIR': (None, 'Tarawa', '', ''), 'KWT': (None, 'Kuwait City', 'Kuwaiti', ''),
 'KGZ': (None, 'Bishkek', 'Kyrgyz', ''), 'LAO': (None, 'Vientiane', 'Laotian|Lao', ''), 'LVA': (None, 'Riga', 'Latvian', ''),
 'LBN': (None, 'Beirut', 'Lebanese', ''), 'LSO': (None, 'Maseru', 'Basotho', ''), 'LBR': (None, 'Monrovia', 'Liberian', ''),
 'LBY': (None, 'Tripoli', 'Libyan', ''), 'LIE': (None, 'Vaduz', '', ''), 'LTU': (None, 'Vilnius', 'Lithuanian', ''),
 'LUX': (None, '', 'Luxembourgish', ''), 'MDG': (None, 'Antananarivo', 'Malagasy', ''), 'MWI': (None, 'Lilongwe', 'Malawian', ''),
 'MYS': (None, 'Kuala Lumpur', 'Malaysian', ''), 'MDV': (None, '', 'Maldivian', ''), 'MLI': (None, 'Bamako', 'Malian', ''),
 'MLT': (None, 'Valletta', 'Maltese', ''), 'MHL': (None, 'Majuro', 'Marshallese', ''), 'MRT': (None, 'Nouakchott', 'Mauritanian', ''),
 'MUS': (None, 'Port Louis', 'Mauritian', ''), 'MEX': (None, 'Mexico City', 'Mexican', ''), 'FSM': ('Micronesia', 'Palikir', 'Micronesian', 'Federated States of Micronesia'),
 'MDA': (None, 'Chisinau|Chișinău', 'Moldovan', ''), 'MCO': (None, '', 'Monegasque', ''), 'MNG': (None, 'Ulaanbaatar', 'Mongolian', ''),
 'MNE': (None, 'Podgorica', 'Montenegrin', ''), 'MAR': (None, 'Rabat', 'Moroccan', ''), 'MOZ': (None, 'Maputo', 'Mozambican', ''),
 'MMR': (None, 'Naypyitaw|Naypyidaw', 'Myanmar', 'Burma'), 'NAM': (None, 'Windhoek', 'Namibian', ''), 'NRU': (None, '', 'Nauruan', ''),
 'NPL': (None, 'Kathmandu', 'Nepali|Nepalese', ''), 'NLD': (None, 'The Hague|Amsterdam', 'Dutch', 'Holland'), 'NZL': (None, 'Wellington', 'New Zealand', ''),
 'NIC': (None, 'Managua', 'Nicaraguan', ''), 'NER': (None, 'Niamey', 'Nigerien', ''), 'NGA': (None, 'Abuja', 'Nigerian', ''),
 'PRK': ('North Korea', 'Pyongyang', 'North Korean', "Democratic People's Republic of Korea|DPRK"), 'MKD': (None, 'Skopje', 'North Macedonian', 'Macedonia'),
 'NOR': (None, 'Oslo', 'Norwegian', ''), 'OMN': (None, 'Muscat', 'Omani', ''), 'PAK': (None, 'Islamabad', 'Pakistani', ''),
 'PLW': (None, '', 'Palauan', ''), 'PSE': ('Palestine', 'Ramallah', 'Palestinian', 'State of Palestine|Palestinian Territories'),
 'PAN': (None, 'Panama City', 'Panamanian', ''), 'PNG': (None, 'Port Moresby', 'Papua New Guinean', ''), 'PRY': (None, 'Asunción|Asuncion', 'Paraguayan', ''),
 'PER': (None, 'Lima', 'Peruvian', ''), 'PHL': ('Philippines', 'Manila', 'Philippine|Filipino', 'the Philippines'), 'POL': (None, 'Warsaw', 'Polish', ''),
 'PRT': (None, 'Lisbon', 'Portuguese', ''), 'QAT': (None, 'Doha', 'Qatari', ''), 'KOR': ('South Korea', 'Seoul', 'South Korean', 'Republic of Korea|ROK'),
 'ROU': (None, 'Bucharest', 'Romanian', ''), 'RUS': ('Russia', 'Moscow|Kremlin|the Kremlin', 'Russian', 'Russian Federation'),
 'RWA': (None, 'Kigali', 'Rwandan', ''), 'KNA': (None, '', '', ''), 'LCA': (None, 'Castries', 'Saint Lucian', ''), 'VCT': (None, '', '', ''),
 'WSM': (None, 'Apia', 'Samoan', ''), 'SMR': (None, '', 'Sammarinese', ''), 'STP': (None, '', '', ''), 'SAU': (None, 'Riyadh', 'Saudi', 'Kingdom of Saudi Arabia'),
 'SEN': (None, 'Dakar', 'Senegalese', ''), 'SRB': (None, 'Belgrade', 'Serbian', ''), 'SYC': (None, '', 'Seychellois', ''),
 'SLE': (None, 'Freetown', 'Sierra Leonean', ''), 'SGP': (None, '', 'Singaporean', ''), 'SVK': (None, 'Bratislava', 'Slovak', ''),
 'SVN': (None, 'Ljubljana', 'Slovenian', ''), 'SLB': (None, 'Honiara', 'Solomon Islander', ''), 'SOM': (None, 'Mogadishu', 'Somali', ''),
 'ZAF': (None, 'Pretoria', 'South African', ''), 'SSD': (None, 'Juba', 'South Sudanese', ''), 'ESP': (None, 'Madrid', 'Spanish', ''),
 'LKA': (None, 'Colombo', 'Sri Lankan', ''), 'SDN': (None, 'Khartoum|Port Sudan', 'Sudanese', ''), 'SUR': (None, 'Paramaribo', 'Surinamese', ''),
 'SWE': (None, 'Stockholm', 'Swedish', ''), 'CHE': (None, 'Bern', 'Swiss', ''), 'SYR': (None, 'Damascus', 'Syrian', ''),
 'TWN': (None, 'Taipei', 'Taiwanese', ''), 'TJK': (None, 'Dushanbe', 'Tajik', ''), 'TZA': (None, 'Dodoma', 'Tanzanian', ''),
 'THA': (None, 'Bangkok', 'Thai', ''), 'TLS': (None, 'Dili', 'Timorese', 'East Timor'), 'TGO': (None, 'Lomé|Lome', 'Togolese', ''),
 'TON': (None, "Nuku'alofa", 'Tongan', ''), 'TTO': (None, 'Port of Spain', 'Trinidadian', ''), 'TUN': (None, 'Tunis', 'Tunisian', ''),
 'TUR': ('Turkey', 'Ankara', 'Turkish', 'Türkiye|Turkiye'), 'TKM': (None, 'Ashgabat', 'Turkmen', ''), 'TUV': (None, 'Funafuti', 'Tuvaluan', ''),
 'UGA': (None, 'Kampala', 'Ugandan', ''), 'UKR': (None, 'Kyiv|Kiev', 'Ukrainian', ''), 'ARE': (None, 'Abu Dhabi', 'Emirati', 'UAE|U.A.E.'),
 'GBR': (None, 'London|Downing Street|Whitehall', 'British', 'UK|U.K.|Britain|Great Britain'),
 'USA': (None, 'Washington', 'American|U.S.|US', 'US|U.S.|USA|U.S.A.|United States of America|America'),
 'URY': (None, 'Montevideo', 'Uruguayan', ''), 'UZB': (None, 'Tashkent', 'Uzbek', ''), 'VUT': (None, 'Port Vila', 'Ni-Vanuatu', ''),
 'VAT': ('Vatican', 'Vatican City', 'Vatican', 'Holy See'), 'VEN': (None, 'Caracas', 'Venezuelan', 'Bolivarian Republic of Venezuela'),
 'VNM': (None, 'Hanoi', 'Vietnamese', 'Viet Nam'), 'YEM': (None, "Sana'a|Sanaa", 'Yemeni', ''), 'ZMB': (None, 'Lusaka', 'Zambian', ''),
 'ZWE': (None, 'Harare', 'Zimbabwean', ''),
}

iso = {x['alpha_3']: x for x in json.load(open('/usr/share/iso-codes/json/iso_3166-1.json'))['3166-1']}
for code, (name, capitals, demonyms, others) in sorted(S.items()):
    entry = iso[code]
    name = name or entry.get('common_name') or entry['name']
    aliases = [a for a in others.split('|') if a]
    for n in (entry['name'], entry.get('official_name', ''), entry.get('common_name', '')):
        if n and n != name and ',' not in n and n not in aliases:
            aliases.append(n)
    print('\t'.join(['STATE', name, code, '|'.join(aliases), capitals, demonyms]))
