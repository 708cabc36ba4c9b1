/**
 * Country reference table: one entry per ISO 3166-1 alpha-3 code (all 249 countries and
 * territories), plus Kosovo (XKX, the user-assigned code the World Bank and the European
 * Commission use), historic codes (SUN Soviet Union, YUG, CSK, DDR, SCG, ANT, YMD) and the one
 * aggregate datasets give a row of their own (WLD World).
 *
 * Sources:
 * - ISO 3166-1 (ISO, "Codes for the representation of names of countries", online browsing
 *   platform https://www.iso.org/obp) for alpha-2, alpha-3, numeric codes and official names;
 *   ISO 3166-3 for the historic codes.
 * - UN Statistics Division, Standard country or area codes for statistical use (M49),
 *   https://unstats.un.org/unsd/methodology/m49/ — the numeric code is kept zero-padded ("004").
 * - CEPII BACI country codes V202401b / V202601 (from UN Comtrade): the numeric codes that differ
 *   from ISO (France 251, Norway 579, India 699, Switzerland 757, USA 842, Italy 381, Taiwan as
 *   "Other Asia, nes" 490) are kept as `tradeCodes`.
 * - Dataset spellings (USGS MCS 2025/2026, World Mining Data, World Bank WGI, ICMM, BACI,
 *   USITC DataWeb, Eurostat Comext, UN Comtrade, OECD) are kept as aliases so each resolves.
 *
 * Kinds: 'country' is a self-governing state (UN members, the observer states Holy See and
 * Palestine, and Taiwan and Kosovo, which datasets report as economies of their own);
 * 'territory' is a dependency or special area of another state (Greenland, Hong Kong, Puerto
 * Rico…); 'historic' a state that no longer exists; 'aggregate' a dataset total (World).
 *
 * Capitals stand for governments in news ("Beijing said", "Astana"); a capital shared with
 * another place of note (Victoria, Hamilton, St. John's) or contested (Jerusalem) is left out.
 * Brussels is the seat of the EU institutions, not a country, so it is not Belgium's alias here.
 * Aliases written in capitals ("US", "U.S.", "PRC", "DPRK") are abbreviations and match like
 * codes: two-letter ones, and three-letter ones that are English words ("CAR"), only when
 * written in capitals, so the English word "us" is never the United States.
 *
 * A renamed state (Zaire, Burma, Swaziland, Ceylon, West Germany) is the same entry under its
 * new name; a state that dissolved or merged (USSR, Yugoslavia, East Germany) is 'historic'.
 *
 * Cross-checked (test/domain/countries.test.ts): every alpha-2, alpha-3 and numeric code against
 * the iso_3166-1.json of the iso-codes package (Debian iso-codes 4.15), whose ISO and official
 * names all resolve; and every name and code in the datasets under ../shared/data/raw
 * (test/domain/dataset-country-names.test.ts).
 */
export interface CountryEntry {
  iso3: string;
  iso2: string | null;
  /** UN M49 / ISO 3166-1 numeric code, zero-padded to three digits. */
  m49: string | null;
  name: string;
  official: string | null;
  kind: 'country' | 'territory' | 'historic' | 'aggregate';
  demonyms: string[];
  capitals: string[];
  /** Other names: short and long forms, dataset spellings, transliterations, Cyrillic forms. */
  aliases: string[];
  /** Numeric reporter/partner codes of UN Comtrade and CEPII BACI where they differ from m49. */
  tradeCodes: string[];
  /** Other codes the entry is published under: retired ISO codes (ROM, ZAR), Eurostat (EL, UK), dataset codes (S19). */
  otherCodes: string[];
  /** For historic entries: the current states on its former territory. */
  successors: string[];
}

type Extra = Partial<Pick<CountryEntry, 'kind' | 'demonyms' | 'capitals' | 'aliases' | 'tradeCodes' | 'otherCodes' | 'successors'>>;

function c(iso3: string, iso2: string | null, m49: string | null, name: string, official: string | null, extra: Extra = {}): CountryEntry {
  return {
    iso3,
    iso2,
    m49,
    name,
    official,
    kind: extra.kind ?? 'country',
    demonyms: extra.demonyms ?? [],
    capitals: extra.capitals ?? [],
    aliases: extra.aliases ?? [],
    tradeCodes: extra.tradeCodes ?? [],
    otherCodes: extra.otherCodes ?? [],
    successors: extra.successors ?? [],
  };
}

const T = 'territory' as const;

export const COUNTRY_ENTRIES: CountryEntry[] = [
  // Central Asia first: the C5 is what Lodestone is about.
  c('KAZ', 'KZ', '398', 'Kazakhstan', 'Republic of Kazakhstan', {
    demonyms: ['Kazakh', 'Kazakhstani', 'Kazakhstanis', 'Kazakhs', 'Qazaq'],
    capitals: ['Astana', 'Nur-Sultan', 'Nursultan', 'Akmola', 'Astana City', 'Астана', 'Нур-Султан'],
    aliases: ['Kazakstan', 'Qazaqstan', 'Kazakhstan Republic', 'Kazahstan', 'Kazachstan', 'Kasachstan', 'Kazakhstan, Republic of', 'Republic of Kazakstan', 'Qazaqstan Respublikasy', 'Казахстан', 'Қазақстан', 'Республика Казахстан', 'Қазақстан Республикасы', '哈萨克斯坦'],
  }),
  c('UZB', 'UZ', '860', 'Uzbekistan', 'Republic of Uzbekistan', {
    demonyms: ['Uzbek', 'Uzbekistani', 'Uzbeks', 'Uzbekistanis'],
    capitals: ['Tashkent', 'Toshkent', 'Ташкент', 'Тошкент'],
    aliases: ["O'zbekiston", 'Oʻzbekiston', 'O‘zbekiston', 'Ozbekiston', 'Uzbekiston', "O'zbekiston Respublikasi", 'Uzbekistan, Republic of', 'Узбекистан', 'Ўзбекистон', 'Республика Узбекистан', 'Ўзбекистон Республикаси', '乌兹别克斯坦'],
  }),
  c('KGZ', 'KG', '417', 'Kyrgyzstan', 'Kyrgyz Republic', {
    demonyms: ['Kyrgyz', 'Kirghiz', 'Kirgiz', 'Kyrgyzstani', 'Kyrgyzstanis'],
    capitals: ['Bishkek', 'Бишкек'],
    aliases: ['Kirghizia', 'Kirgizia', 'Kirgiziya', 'Kyrgyzia', 'Kirgizstan', 'Kirghizstan', 'Kyrgyz Republic', 'Kyrgyzstan Republic', 'Qirgizstan', 'Кыргызстан', 'Киргизия', 'Кыргыз Республикасы', 'Кыргызская Республика', 'Киргизстан'],
  }),
  c('TJK', 'TJ', '762', 'Tajikistan', 'Republic of Tajikistan', {
    demonyms: ['Tajik', 'Tadjik', 'Tajikistani', 'Tajiks', 'Tajikistanis'],
    capitals: ['Dushanbe', 'Душанбе'],
    aliases: ['Tadzhikistan', 'Tadjikistan', 'Tojikiston', 'Tajikstan', 'Tadschikistan', 'Тоҷикистон', 'Таджикистан', 'Республика Таджикистан', 'Ҷумҳурии Тоҷикистон'],
  }),
  c('TKM', 'TM', '795', 'Turkmenistan', 'Turkmenistan', {
    demonyms: ['Turkmen', 'Turkmenistani', 'Turkmens'],
    capitals: ['Ashgabat', 'Ashkhabad', 'Aşgabat', 'Asgabat', 'Ашхабад', 'Ашгабат'],
    aliases: ['Türkmenistan', 'Turkmenia', 'Turkmenstan', 'Туркменистан', 'Туркмения', 'Түркменистан'],
  }),
  c('CHN', 'CN', '156', 'China', "People's Republic of China", {
    demonyms: ['Chinese'],
    capitals: ['Beijing', 'Peking', 'Пекин', '北京'],
    aliases: ['PRC', 'P.R.C.', 'Mainland China', 'China, mainland', "China (People's Republic of)", 'China, P.R.', 'Zhongguo', 'Китай', 'КНР', 'Китайская Народная Республика', 'Қытай', 'Xitoy', 'Kitay', '中国', '中华人民共和国'],
  }),
  c('RUS', 'RU', '643', 'Russia', 'Russian Federation', {
    demonyms: ['Russian', 'Russians'],
    capitals: ['Moscow', 'Moskva', 'Москва'],
    aliases: ['Rossiya', 'Rossija', 'Rossiyskaya Federatsiya', 'Russian Fed.', 'RF', 'Russian Federation (the)', 'Россия', 'Российская Федерация', 'Ресей', 'Rossiya Federatsiyasi', 'Русия', '俄罗斯'],
  }),
  c('USA', 'US', '840', 'United States', 'United States of America', {
    demonyms: ['American', 'Americans'],
    capitals: ['Washington', 'Washington, D.C.', 'Washington DC'],
    aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'America', 'United States (includes Puerto Rico)', 'США', 'Соединённые Штаты', 'Соединенные Штаты Америки', 'АҚШ', 'AQSh', '美国'],
    tradeCodes: ['842', '841'],
  }),

  // A
  c('AFG', 'AF', '004', 'Afghanistan', 'Islamic Republic of Afghanistan', { demonyms: ['Afghan', 'Afghani', 'Afghans'], capitals: ['Kabul', 'Кабул'], aliases: ['Islamic Emirate of Afghanistan', 'Афганистан', 'Ауғанстан'] }),
  c('ALA', 'AX', '248', 'Åland Islands', 'Åland Islands', { kind: T, demonyms: ['Ålander'], aliases: ['Aland', 'Åland'] }),
  c('ALB', 'AL', '008', 'Albania', 'Republic of Albania', { demonyms: ['Albanian', 'Albanians'], capitals: ['Tirana', 'Tiranë'], aliases: ['Shqipëria'] }),
  c('DZA', 'DZ', '012', 'Algeria', "People's Democratic Republic of Algeria", { demonyms: ['Algerian', 'Algerians'], capitals: ['Algiers'] }),
  c('ASM', 'AS', '016', 'American Samoa', 'American Samoa', { kind: T, demonyms: ['American Samoan'], capitals: ['Pago Pago'] }),
  c('AND', 'AD', '020', 'Andorra', 'Principality of Andorra', { demonyms: ['Andorran'], capitals: ['Andorra la Vella'] }),
  c('AGO', 'AO', '024', 'Angola', 'Republic of Angola', { demonyms: ['Angolan', 'Angolans'], capitals: ['Luanda'] }),
  c('AIA', 'AI', '660', 'Anguilla', 'Anguilla', { kind: T, demonyms: ['Anguillan'] }),
  c('ATA', 'AQ', '010', 'Antarctica', 'Antarctica', { kind: T, aliases: ['Antarctic'] }),
  c('ATG', 'AG', '028', 'Antigua and Barbuda', 'Antigua and Barbuda', { demonyms: ['Antiguan', 'Barbudan'], aliases: ['Antigua & Barbuda', 'Antigua'] }),
  c('ARG', 'AR', '032', 'Argentina', 'Argentine Republic', { demonyms: ['Argentine', 'Argentinian', 'Argentinean', 'Argentines', 'Argentinians'], capitals: ['Buenos Aires'] }),
  c('ARM', 'AM', '051', 'Armenia', 'Republic of Armenia', { demonyms: ['Armenian', 'Armenians'], capitals: ['Yerevan', 'Ереван'], aliases: ['Hayastan', 'Армения'] }),
  c('ABW', 'AW', '533', 'Aruba', 'Aruba', { kind: T, demonyms: ['Aruban'] }),
  c('AUS', 'AU', '036', 'Australia', 'Commonwealth of Australia', { demonyms: ['Australian', 'Australians', 'Aussie'], capitals: ['Canberra'], aliases: ['Австралия'] }),
  c('AUT', 'AT', '040', 'Austria', 'Republic of Austria', { demonyms: ['Austrian', 'Austrians'], capitals: ['Vienna', 'Wien'], aliases: ['Österreich', 'Oesterreich'] }),
  c('AZE', 'AZ', '031', 'Azerbaijan', 'Republic of Azerbaijan', { demonyms: ['Azerbaijani', 'Azerbaijanis', 'Azeri', 'Azeris'], capitals: ['Baku', 'Баку'], aliases: ['Azərbaycan', 'Azerbaidjan', 'Азербайджан', 'Әзірбайжан'] }),

  // B
  c('BHS', 'BS', '044', 'Bahamas', 'Commonwealth of The Bahamas', { demonyms: ['Bahamian', 'Bahamians'], capitals: ['Nassau'], aliases: ['The Bahamas', 'Bahamas, The'] }),
  c('BHR', 'BH', '048', 'Bahrain', 'Kingdom of Bahrain', { demonyms: ['Bahraini', 'Bahrainis'], capitals: ['Manama'] }),
  c('BGD', 'BD', '050', 'Bangladesh', "People's Republic of Bangladesh", { demonyms: ['Bangladeshi', 'Bangladeshis'], capitals: ['Dhaka', 'Dacca'] }),
  c('BRB', 'BB', '052', 'Barbados', 'Barbados', { demonyms: ['Barbadian', 'Bajan'], capitals: ['Bridgetown'] }),
  c('BLR', 'BY', '112', 'Belarus', 'Republic of Belarus', { demonyms: ['Belarusian', 'Belarusians', 'Belarussian', 'Byelorussian'], capitals: ['Minsk', 'Минск'], aliases: ['Byelorussia', 'Belorussia', 'Belarus, Republic of', 'Беларусь', 'Белоруссия', 'Республика Беларусь'] }),
  c('BEL', 'BE', '056', 'Belgium', 'Kingdom of Belgium', { demonyms: ['Belgian', 'Belgians'], aliases: ['België', 'Belgique', 'Belgien'] }),
  c('BLZ', 'BZ', '084', 'Belize', 'Belize', { demonyms: ['Belizean'], capitals: ['Belmopan'] }),
  c('BEN', 'BJ', '204', 'Benin', 'Republic of Benin', { demonyms: ['Beninese', 'Beninois'], capitals: ['Porto-Novo', 'Porto Novo', 'Cotonou'], aliases: ['Bénin', 'Dahomey'] }),
  c('BMU', 'BM', '060', 'Bermuda', 'Bermuda', { kind: T, demonyms: ['Bermudian', 'Bermudan'] }),
  c('BTN', 'BT', '064', 'Bhutan', 'Kingdom of Bhutan', { demonyms: ['Bhutanese'], capitals: ['Thimphu'] }),
  c('BOL', 'BO', '068', 'Bolivia', 'Plurinational State of Bolivia', { demonyms: ['Bolivian', 'Bolivians'], capitals: ['La Paz', 'Sucre'], aliases: ['Bolivia (Plurinational State of)', 'Bolivia, Plurinational State of'] }),
  c('BES', 'BQ', '535', 'Bonaire, Sint Eustatius and Saba', 'Bonaire, Sint Eustatius and Saba', { kind: T, aliases: ['Bonaire', 'Caribbean Netherlands', 'BES Islands', 'Bonaire, Saint Eustatius and Saba'] }),
  c('BIH', 'BA', '070', 'Bosnia and Herzegovina', 'Bosnia and Herzegovina', { demonyms: ['Bosnian', 'Bosnians', 'Herzegovinian'], capitals: ['Sarajevo'], aliases: ['Republic of Bosnia and Herzegovina', 'Bosnia', 'Bosnia Herzegovina', 'Bosnia-Herzegovina', 'Bosnia & Herzegovina', 'BiH'] }),
  c('BWA', 'BW', '072', 'Botswana', 'Republic of Botswana', { demonyms: ['Motswana', 'Batswana', 'Botswanan'], capitals: ['Gaborone'] }),
  c('BVT', 'BV', '074', 'Bouvet Island', 'Bouvet Island', { kind: T }),
  c('BRA', 'BR', '076', 'Brazil', 'Federative Republic of Brazil', { demonyms: ['Brazilian', 'Brazilians'], capitals: ['Brasília', 'Brasilia'], aliases: ['Brasil', 'Бразилия'] }),
  c('IOT', 'IO', '086', 'British Indian Ocean Territory', 'British Indian Ocean Territory', { kind: T, aliases: ['Chagos Islands', 'Br. Indian Ocean Terr.'] }),
  c('BRN', 'BN', '096', 'Brunei', 'Brunei Darussalam', { demonyms: ['Bruneian', 'Bruneians'], capitals: ['Bandar Seri Begawan'], aliases: ['Brunei Darussalam'] }),
  c('BGR', 'BG', '100', 'Bulgaria', 'Republic of Bulgaria', { demonyms: ['Bulgarian', 'Bulgarians'], aliases: ['България', 'Болгария'] }),
  c('BFA', 'BF', '854', 'Burkina Faso', 'Burkina Faso', { demonyms: ['Burkinabe', 'Burkinabè'], capitals: ['Ouagadougou'], aliases: ['Burkina', 'Upper Volta'] }),
  c('BDI', 'BI', '108', 'Burundi', 'Republic of Burundi', { demonyms: ['Burundian', 'Burundians'], capitals: ['Gitega', 'Bujumbura'] }),

  // C
  c('CPV', 'CV', '132', 'Cabo Verde', 'Republic of Cabo Verde', { demonyms: ['Cape Verdean', 'Cabo Verdean'], capitals: ['Praia'], aliases: ['Cape Verde'] }),
  c('KHM', 'KH', '116', 'Cambodia', 'Kingdom of Cambodia', { demonyms: ['Cambodian', 'Cambodians', 'Khmer'], capitals: ['Phnom Penh'], aliases: ['Kampuchea'] }),
  c('CMR', 'CM', '120', 'Cameroon', 'Republic of Cameroon', { demonyms: ['Cameroonian', 'Cameroonians'], capitals: ['Yaoundé', 'Yaounde'], aliases: ['Cameroun'] }),
  c('CAN', 'CA', '124', 'Canada', 'Canada', { demonyms: ['Canadian', 'Canadians'], capitals: ['Ottawa'], aliases: ['Канада'] }),
  c('CYM', 'KY', '136', 'Cayman Islands', 'Cayman Islands', { kind: T, demonyms: ['Caymanian'], aliases: ['Caymans', 'Cayman Isds'] }),
  c('CAF', 'CF', '140', 'Central African Republic', 'Central African Republic', { demonyms: ['Central African', 'Central Africans'], capitals: ['Bangui'], aliases: ['CAR', 'Central African Rep.', 'Centrafrique', 'République centrafricaine'] }),
  c('TCD', 'TD', '148', 'Chad', 'Republic of Chad', { demonyms: ['Chadian', 'Chadians'], capitals: ["N'Djamena", 'Ndjamena'], aliases: ['Tchad'] }),
  c('CHL', 'CL', '152', 'Chile', 'Republic of Chile', { demonyms: ['Chilean', 'Chileans'], capitals: ['Santiago', 'Santiago de Chile'], aliases: ['Чили'] }),
  c('CXR', 'CX', '162', 'Christmas Island', 'Christmas Island', { kind: T, aliases: ['Christmas Islands', 'Christmas Isds'] }),
  c('CCK', 'CC', '166', 'Cocos (Keeling) Islands', 'Cocos (Keeling) Islands', { kind: T, aliases: ['Cocos Islands', 'Keeling Islands', 'Cocos Isds'] }),
  c('COL', 'CO', '170', 'Colombia', 'Republic of Colombia', { demonyms: ['Colombian', 'Colombians'], capitals: ['Bogotá', 'Bogota'] }),
  c('COM', 'KM', '174', 'Comoros', 'Union of the Comoros', { demonyms: ['Comoran', 'Comorian'], capitals: ['Moroni'] }),
  // "Congo" alone is the Republic of the Congo: it is the ISO 3166 and UN short name (BACI, OECD
  // and UN Comtrade all write "Congo" for COG). News that means the DRC writes "DR Congo",
  // "DRC" or "Congo (Kinshasa)". "Congolese" is left out as it fits both.
  c('COG', 'CG', '178', 'Republic of the Congo', 'Republic of the Congo', {
    capitals: ['Brazzaville'],
    aliases: ['Congo', 'Congo (Brazzaville)', 'Congo-Brazzaville', 'Congo Brazzaville', 'Congo, Rep.', 'Congo, Republic of', 'Republic of Congo', 'Congo Republic', 'Rep. of the Congo', 'Congo, Republic of the'],
  }),
  c('COD', 'CD', '180', 'DR Congo', 'Democratic Republic of the Congo', {
    capitals: ['Kinshasa'],
    aliases: ['DRC', 'D.R.C.', 'DR Congo', 'D.R. Congo', 'DRCongo', 'Congo (Kinshasa)', 'Congo-Kinshasa', 'Congo Kinshasa', 'Congo, D.R.', 'Congo, Dem. Rep.', 'Congo, Democratic Republic of the', 'Dem. Rep. of the Congo', 'Democratic Republic of Congo', 'DROC', 'RDC', 'Zaire', 'Zaïre'],
    otherCodes: ['ZAR'],
  }),
  c('COK', 'CK', '184', 'Cook Islands', 'Cook Islands', { kind: T, aliases: ['Cook Isds'] }),
  c('CRI', 'CR', '188', 'Costa Rica', 'Republic of Costa Rica', { demonyms: ['Costa Rican', 'Costa Ricans'], capitals: ['San José', 'San Jose'] }),
  c('CIV', 'CI', '384', "Côte d'Ivoire", "Republic of Côte d'Ivoire", { demonyms: ['Ivorian', 'Ivorians'], capitals: ['Yamoussoukro', 'Abidjan'], aliases: ['Ivory Coast', "Cote d'Ivoire", 'Côte d’Ivoire', 'Cote dIvoire'] }),
  c('HRV', 'HR', '191', 'Croatia', 'Republic of Croatia', { demonyms: ['Croatian', 'Croat', 'Croats'], capitals: ['Zagreb'], aliases: ['Hrvatska'] }),
  c('CUB', 'CU', '192', 'Cuba', 'Republic of Cuba', { demonyms: ['Cuban', 'Cubans'], capitals: ['Havana', 'La Habana'] }),
  c('CUW', 'CW', '531', 'Curaçao', 'Curaçao', { kind: T, demonyms: ['Curaçaoan'], aliases: ['Curacao'] }),
  c('CYP', 'CY', '196', 'Cyprus', 'Republic of Cyprus', { demonyms: ['Cypriot', 'Cypriots'], capitals: ['Nicosia'] }),
  c('CZE', 'CZ', '203', 'Czechia', 'Czech Republic', { demonyms: ['Czech', 'Czechs'], capitals: ['Prague', 'Praha'], aliases: ['Czech Republic', 'Česko', 'Česká republika', 'Чехия'] }),

  // D–E
  c('DNK', 'DK', '208', 'Denmark', 'Kingdom of Denmark', { demonyms: ['Danish', 'Dane', 'Danes'], capitals: ['Copenhagen', 'København'], aliases: ['Danmark'] }),
  c('DJI', 'DJ', '262', 'Djibouti', 'Republic of Djibouti', { demonyms: ['Djiboutian', 'Djiboutians'] }),
  // Dominica and the Dominican Republic share the demonym "Dominican"; its common reading is
  // the Dominican Republic (the larger country and the usual meaning in news).
  c('DMA', 'DM', '212', 'Dominica', 'Commonwealth of Dominica', { capitals: ['Roseau'], aliases: ['Commonwealth of Dominica'] }),
  c('DOM', 'DO', '214', 'Dominican Republic', 'Dominican Republic', { demonyms: ['Dominican', 'Dominicans'], capitals: ['Santo Domingo'], aliases: ['Dominican Rep.', 'República Dominicana'] }),
  c('ECU', 'EC', '218', 'Ecuador', 'Republic of Ecuador', { demonyms: ['Ecuadorian', 'Ecuadorean', 'Ecuadorians'], capitals: ['Quito'] }),
  c('EGY', 'EG', '818', 'Egypt', 'Arab Republic of Egypt', { demonyms: ['Egyptian', 'Egyptians'], capitals: ['Cairo'], aliases: ['Egypt, Arab Rep.', 'Египет', 'Misr'] }),
  c('SLV', 'SV', '222', 'El Salvador', 'Republic of El Salvador', { demonyms: ['Salvadoran', 'Salvadorean', 'Salvadorans'], capitals: ['San Salvador'] }),
  c('GNQ', 'GQ', '226', 'Equatorial Guinea', 'Republic of Equatorial Guinea', { demonyms: ['Equatorial Guinean', 'Equatoguinean'], capitals: ['Malabo'], aliases: ['Guinea Ecuatorial'] }),
  c('ERI', 'ER', '232', 'Eritrea', 'State of Eritrea', { demonyms: ['Eritrean', 'Eritreans'], capitals: ['Asmara'] }),
  c('EST', 'EE', '233', 'Estonia', 'Republic of Estonia', { demonyms: ['Estonian', 'Estonians'], capitals: ['Tallinn'], aliases: ['Eesti', 'Эстония'] }),
  c('SWZ', 'SZ', '748', 'Eswatini', 'Kingdom of Eswatini', { demonyms: ['Swazi', 'Swazis', 'Emaswati'], capitals: ['Mbabane', 'Lobamba'], aliases: ['Swaziland', 'eSwatini', 'Kingdom of Swaziland'] }),
  c('ETH', 'ET', '231', 'Ethiopia', 'Federal Democratic Republic of Ethiopia', { demonyms: ['Ethiopian', 'Ethiopians'], capitals: ['Addis Ababa'], aliases: ['Эфиопия'] }),

  // F
  c('FLK', 'FK', '238', 'Falkland Islands', 'Falkland Islands (Malvinas)', { kind: T, demonyms: ['Falkland Islander'], aliases: ['Falklands', 'Malvinas', 'Islas Malvinas', 'Falkland Isds (Malvinas)'] }),
  c('FRO', 'FO', '234', 'Faroe Islands', 'Faroe Islands', { kind: T, demonyms: ['Faroese'], aliases: ['Faroes', 'Faeroe Islands', 'Faeroe Isds', 'Føroyar'] }),
  c('FJI', 'FJ', '242', 'Fiji', 'Republic of Fiji', { demonyms: ['Fijian', 'Fijians'], capitals: ['Suva'] }),
  c('FIN', 'FI', '246', 'Finland', 'Republic of Finland', { demonyms: ['Finnish', 'Finns'], capitals: ['Helsinki'], aliases: ['Suomi', 'Финляндия'] }),
  c('FRA', 'FR', '250', 'France', 'French Republic', { demonyms: ['French', 'Frenchman'], capitals: ['Paris', 'Париж'], aliases: ['République française', 'Франция'], tradeCodes: ['251'] }),
  c('GUF', 'GF', '254', 'French Guiana', 'French Guiana', { kind: T, demonyms: ['French Guianese'], aliases: ['Guyane', 'Guyane française'] }),
  c('PYF', 'PF', '258', 'French Polynesia', 'French Polynesia', { kind: T, demonyms: ['French Polynesian'], capitals: ['Papeete'], aliases: ['Polynésie française', 'Tahiti'] }),
  c('ATF', 'TF', '260', 'French Southern Territories', 'French Southern and Antarctic Lands', { kind: T, aliases: ['French Southern and Antarctic Lands', 'Fr. South Antarctic Terr.', 'TAAF'] }),

  // G
  c('GAB', 'GA', '266', 'Gabon', 'Gabonese Republic', { demonyms: ['Gabonese'], capitals: ['Libreville'] }),
  c('GMB', 'GM', '270', 'Gambia', 'Republic of The Gambia', { demonyms: ['Gambian', 'Gambians'], capitals: ['Banjul'], aliases: ['The Gambia', 'Gambia, The'] }),
  c('GEO', 'GE', '268', 'Georgia', 'Georgia', { demonyms: ['Georgian', 'Georgians'], capitals: ['Tbilisi', 'Тбилиси'], aliases: ['Sakartvelo', 'Грузия'] }),
  c('DEU', 'DE', '276', 'Germany', 'Federal Republic of Germany', {
    demonyms: ['German', 'Germans'],
    capitals: ['Berlin', 'Берлин'],
    aliases: ['Deutschland', 'Fed. Rep. of Germany', 'Fmr Fed. Rep. of Germany', 'West Germany', 'Federal Republic of Germany', 'FRG', 'BRD', 'Германия', 'Olmoniya'],
    tradeCodes: ['280'],
  }),
  c('GHA', 'GH', '288', 'Ghana', 'Republic of Ghana', { demonyms: ['Ghanaian', 'Ghanaians'], capitals: ['Accra'] }),
  c('GIB', 'GI', '292', 'Gibraltar', 'Gibraltar', { kind: T, demonyms: ['Gibraltarian'] }),
  c('GRC', 'GR', '300', 'Greece', 'Hellenic Republic', { demonyms: ['Greek', 'Greeks', 'Hellenic'], capitals: ['Athens'], aliases: ['Hellas', 'Ellada', 'Греция'], otherCodes: ['EL'] }),
  c('GRL', 'GL', '304', 'Greenland', 'Greenland', { kind: T, demonyms: ['Greenlandic', 'Greenlander', 'Greenlanders'], capitals: ['Nuuk'], aliases: ['Kalaallit Nunaat', 'Grønland'] }),
  c('GRD', 'GD', '308', 'Grenada', 'Grenada', { demonyms: ['Grenadian'] }),
  c('GLP', 'GP', '312', 'Guadeloupe', 'Guadeloupe', { kind: T, demonyms: ['Guadeloupean'], capitals: ['Basse-Terre'] }),
  c('GUM', 'GU', '316', 'Guam', 'Guam', { kind: T, demonyms: ['Guamanian'], capitals: ['Hagåtña', 'Hagatna'] }),
  c('GTM', 'GT', '320', 'Guatemala', 'Republic of Guatemala', { demonyms: ['Guatemalan', 'Guatemalans'], capitals: ['Guatemala City'] }),
  c('GGY', 'GG', '831', 'Guernsey', 'Bailiwick of Guernsey', { kind: T, capitals: ['St Peter Port'] }),
  c('GIN', 'GN', '324', 'Guinea', 'Republic of Guinea', { demonyms: ['Guinean', 'Guineans'], capitals: ['Conakry'], aliases: ['Guinea-Conakry', 'Guinea Conakry', 'Guinée'] }),
  c('GNB', 'GW', '624', 'Guinea-Bissau', 'Republic of Guinea-Bissau', { demonyms: ['Bissau-Guinean', 'Bissau-Guineans'], capitals: ['Bissau'], aliases: ['Guinea Bissau', 'Guiné-Bissau'] }),
  c('GUY', 'GY', '328', 'Guyana', 'Co-operative Republic of Guyana', { demonyms: ['Guyanese'], capitals: ['Georgetown'], aliases: ['Republic of Guyana'] }),

  // H–I
  c('HTI', 'HT', '332', 'Haiti', 'Republic of Haiti', { demonyms: ['Haitian', 'Haitians'], capitals: ['Port-au-Prince'], aliases: ['Haïti'] }),
  c('HMD', 'HM', '334', 'Heard Island and McDonald Islands', 'Heard Island and McDonald Islands', { kind: T, aliases: ['Heard and McDonald Islands'] }),
  c('VAT', 'VA', '336', 'Holy See', 'Holy See (Vatican City State)', { demonyms: ['Vatican'], capitals: ['Vatican City'], aliases: ['Vatican', 'Vatican City State', 'Holy See (Vatican City State)'] }),
  c('HND', 'HN', '340', 'Honduras', 'Republic of Honduras', { demonyms: ['Honduran', 'Hondurans'], capitals: ['Tegucigalpa'] }),
  c('HKG', 'HK', '344', 'Hong Kong', 'Hong Kong Special Administrative Region of China', {
    kind: T,
    demonyms: ['Hongkonger', 'Hong Konger'],
    aliases: ['Hong Kong SAR', 'China, Hong Kong SAR', 'Hong Kong SAR, China', 'Hong Kong, China', 'Hong Kong (China)', 'HKSAR', 'Hongkong', 'Гонконг', '香港'],
  }),
  c('HUN', 'HU', '348', 'Hungary', 'Hungary', { demonyms: ['Hungarian', 'Hungarians', 'Magyar'], capitals: ['Budapest'], aliases: ['Magyarország', 'Венгрия'] }),
  c('ISL', 'IS', '352', 'Iceland', 'Iceland', { demonyms: ['Icelandic', 'Icelander', 'Icelanders'], capitals: ['Reykjavík', 'Reykjavik'], aliases: ['Ísland', 'Republic of Iceland'] }),
  c('IND', 'IN', '356', 'India', 'Republic of India', { demonyms: ['Indian', 'Indians'], capitals: ['New Delhi', 'Delhi', 'Нью-Дели'], aliases: ['Bharat', 'Bhārat', 'India, excl. Sikkim', 'Индия', 'Үндістан', 'Hindiston'], tradeCodes: ['699'] }),
  c('IDN', 'ID', '360', 'Indonesia', 'Republic of Indonesia', { demonyms: ['Indonesian', 'Indonesians'], capitals: ['Jakarta'], aliases: ['Индонезия'] }),
  c('IRN', 'IR', '364', 'Iran', 'Islamic Republic of Iran', { demonyms: ['Iranian', 'Iranians', 'Persian'], capitals: ['Tehran', 'Teheran', 'Тегеран'], aliases: ['Iran, Islamic Rep.', 'Iran (Islamic Republic of)', 'Iran, Islamic Republic of', 'Persia', 'Иран', 'Eron'] }),
  c('IRQ', 'IQ', '368', 'Iraq', 'Republic of Iraq', { demonyms: ['Iraqi', 'Iraqis'], capitals: ['Baghdad'] }),
  c('IRL', 'IE', '372', 'Ireland', 'Ireland', { demonyms: ['Irish'], capitals: ['Dublin'], aliases: ['Republic of Ireland', 'Éire', 'Eire'] }),
  c('IMN', 'IM', '833', 'Isle of Man', 'Isle of Man', { kind: T, demonyms: ['Manx'] }),
  // Jerusalem's status is disputed, so neither it nor Tel Aviv stands for Israel here.
  c('ISR', 'IL', '376', 'Israel', 'State of Israel', { demonyms: ['Israeli', 'Israelis'], aliases: ['Израиль'] }),
  c('ITA', 'IT', '380', 'Italy', 'Italian Republic', { demonyms: ['Italian', 'Italians'], capitals: ['Rome'], aliases: ['Italia', 'Италия'], tradeCodes: ['381'] }),

  // J–K
  c('JAM', 'JM', '388', 'Jamaica', 'Jamaica', { demonyms: ['Jamaican', 'Jamaicans'], capitals: ['Kingston'] }),
  c('JPN', 'JP', '392', 'Japan', 'Japan', { demonyms: ['Japanese'], capitals: ['Tokyo', 'Токио'], aliases: ['Nippon', 'Nihon', 'Япония', 'Жапония', 'Yaponiya', '日本'] }),
  c('JEY', 'JE', '832', 'Jersey', 'Bailiwick of Jersey', { kind: T, capitals: ['Saint Helier', 'St Helier'], aliases: ['Jersey, Channel Islands'] }),
  c('JOR', 'JO', '400', 'Jordan', 'Hashemite Kingdom of Jordan', { demonyms: ['Jordanian', 'Jordanians'], capitals: ['Amman'] }),
  c('KEN', 'KE', '404', 'Kenya', 'Republic of Kenya', { demonyms: ['Kenyan', 'Kenyans'], capitals: ['Nairobi'] }),
  c('KIR', 'KI', '296', 'Kiribati', 'Republic of Kiribati', { demonyms: ['I-Kiribati'], capitals: ['Tarawa', 'South Tarawa'] }),
  c('PRK', 'KP', '408', 'North Korea', "Democratic People's Republic of Korea", {
    demonyms: ['North Korean', 'North Koreans'],
    capitals: ['Pyongyang', 'Пхеньян'],
    aliases: ['DPRK', 'D.P.R.K.', 'Korea, North', 'Korea, DPR', 'Korea DPR', 'Korea (North)', 'Korea, Dem. Rep.', "Korea, Dem. People's Rep.", "Korea, Democratic People's Republic of", "Dem. People's Rep. of Korea", 'N. Korea', 'КНДР', 'Северная Корея'],
  }),
  // "Korea" alone and "Korean" read as South Korea: the usual meaning, and OECD and the USGS
  // (Republic of Korea) and WGI (Korea, Rep.) use it so. North Korea is always qualified.
  c('KOR', 'KR', '410', 'South Korea', 'Republic of Korea', {
    demonyms: ['South Korean', 'South Koreans', 'Korean', 'Koreans'],
    capitals: ['Seoul', 'Сеул'],
    aliases: ['Korea', 'ROK', 'R.O.K.', 'Korea, South', 'Korea, Republic of', 'Korea, Rep.', 'Rep. of Korea', 'Korea (South)', 'Korea (Republic of)', 'S. Korea', 'Южная Корея', 'Республика Корея', 'Корея', 'Janubiy Koreya', '韩国'],
  }),
  c('KWT', 'KW', '414', 'Kuwait', 'State of Kuwait', { demonyms: ['Kuwaiti', 'Kuwaitis'], capitals: ['Kuwait City'] }),
  c('LAO', 'LA', '418', 'Laos', "Lao People's Democratic Republic", { demonyms: ['Lao', 'Laotian', 'Laotians'], capitals: ['Vientiane'], aliases: ['Lao PDR', 'Lao P.D.R.', "Lao People's Dem. Rep.", 'Лаос'] }),

  // L
  c('LVA', 'LV', '428', 'Latvia', 'Republic of Latvia', { demonyms: ['Latvian', 'Latvians'], capitals: ['Riga'], aliases: ['Latvija', 'Латвия'] }),
  c('LBN', 'LB', '422', 'Lebanon', 'Lebanese Republic', { demonyms: ['Lebanese'], capitals: ['Beirut'], aliases: ['Liban'] }),
  c('LSO', 'LS', '426', 'Lesotho', 'Kingdom of Lesotho', { demonyms: ['Mosotho', 'Basotho'], capitals: ['Maseru'] }),
  c('LBR', 'LR', '430', 'Liberia', 'Republic of Liberia', { demonyms: ['Liberian', 'Liberians'], capitals: ['Monrovia'] }),
  c('LBY', 'LY', '434', 'Libya', 'State of Libya', { demonyms: ['Libyan', 'Libyans'], capitals: ['Tripoli'], aliases: ['Libyan Arab Jamahiriya'] }),
  c('LIE', 'LI', '438', 'Liechtenstein', 'Principality of Liechtenstein', { demonyms: ['Liechtensteiner'], capitals: ['Vaduz'] }),
  c('LTU', 'LT', '440', 'Lithuania', 'Republic of Lithuania', { demonyms: ['Lithuanian', 'Lithuanians'], capitals: ['Vilnius'], aliases: ['Lietuva', 'Литва'] }),
  c('LUX', 'LU', '442', 'Luxembourg', 'Grand Duchy of Luxembourg', { demonyms: ['Luxembourgish', 'Luxembourger', 'Luxembourgers'], aliases: ['Luxemburg', 'Lëtzebuerg'] }),

  // M
  c('MAC', 'MO', '446', 'Macao', 'Macao Special Administrative Region of China', { kind: T, demonyms: ['Macanese'], aliases: ['Macau', 'Macao SAR', 'China, Macao SAR', 'Macao SAR, China', 'Macau (China)', 'Macao, China', '澳门'] }),
  c('MDG', 'MG', '450', 'Madagascar', 'Republic of Madagascar', { demonyms: ['Malagasy', 'Madagascan'], capitals: ['Antananarivo'] }),
  c('MWI', 'MW', '454', 'Malawi', 'Republic of Malawi', { demonyms: ['Malawian', 'Malawians'], capitals: ['Lilongwe'] }),
  c('MYS', 'MY', '458', 'Malaysia', 'Malaysia', { demonyms: ['Malaysian', 'Malaysians'], capitals: ['Kuala Lumpur', 'Putrajaya'], aliases: ['Малайзия'] }),
  c('MDV', 'MV', '462', 'Maldives', 'Republic of Maldives', { demonyms: ['Maldivian', 'Maldivians'], aliases: ['The Maldives'] }),
  c('MLI', 'ML', '466', 'Mali', 'Republic of Mali', { demonyms: ['Malian', 'Malians'], capitals: ['Bamako'] }),
  c('MLT', 'MT', '470', 'Malta', 'Republic of Malta', { demonyms: ['Maltese'], capitals: ['Valletta'] }),
  c('MHL', 'MH', '584', 'Marshall Islands', 'Republic of the Marshall Islands', { demonyms: ['Marshallese'], capitals: ['Majuro'], aliases: ['Marshall Isds'] }),
  c('MTQ', 'MQ', '474', 'Martinique', 'Martinique', { kind: T, demonyms: ['Martinican'], capitals: ['Fort-de-France'] }),
  c('MRT', 'MR', '478', 'Mauritania', 'Islamic Republic of Mauritania', { demonyms: ['Mauritanian', 'Mauritanians'], capitals: ['Nouakchott'], aliases: ['Mauritanie'] }),
  c('MUS', 'MU', '480', 'Mauritius', 'Republic of Mauritius', { demonyms: ['Mauritian', 'Mauritians'], capitals: ['Port Louis'] }),
  c('MYT', 'YT', '175', 'Mayotte', 'Department of Mayotte', { kind: T, demonyms: ['Mahoran'], aliases: ['Mayotte (Overseas France)'] }),
  c('MEX', 'MX', '484', 'Mexico', 'United Mexican States', { demonyms: ['Mexican', 'Mexicans'], capitals: ['Mexico City'], aliases: ['México', 'Estados Unidos Mexicanos', 'Мексика'] }),
  c('FSM', 'FM', '583', 'Micronesia', 'Federated States of Micronesia', { demonyms: ['Micronesian'], capitals: ['Palikir'], aliases: ['FS Micronesia', 'Micronesia, Fed. Sts.', 'Micronesia (Federated States of)', 'Micronesia, Federated States of'] }),
  c('MDA', 'MD', '498', 'Moldova', 'Republic of Moldova', { demonyms: ['Moldovan', 'Moldovans'], capitals: ['Chișinău', 'Chisinau', 'Kishinev'], aliases: ['Rep. of Moldova', 'Moldova, Republic of', 'Moldavia', 'Молдова', 'Молдавия'] }),
  c('MCO', 'MC', '492', 'Monaco', 'Principality of Monaco', { demonyms: ['Monegasque', 'Monégasque'], capitals: ['Monaco-Ville'] }),
  c('MNG', 'MN', '496', 'Mongolia', 'Mongolia', { demonyms: ['Mongolian', 'Mongolians'], capitals: ['Ulaanbaatar', 'Ulan Bator', 'Улан-Батор', 'Улаанбаатар'], aliases: ['Mongol Uls', 'Монголия', 'Монгол Улс', 'Моңғолия'] }),
  c('MNE', 'ME', '499', 'Montenegro', 'Montenegro', { demonyms: ['Montenegrin', 'Montenegrins'], capitals: ['Podgorica'], aliases: ['Crna Gora'] }),
  c('MSR', 'MS', '500', 'Montserrat', 'Montserrat', { kind: T, demonyms: ['Montserratian'] }),
  c('MAR', 'MA', '504', 'Morocco', 'Kingdom of Morocco', { demonyms: ['Moroccan', 'Moroccans'], capitals: ['Rabat'], aliases: ['Maroc', 'Марокко'] }),
  c('MOZ', 'MZ', '508', 'Mozambique', 'Republic of Mozambique', { demonyms: ['Mozambican', 'Mozambicans'], capitals: ['Maputo'], aliases: ['Moçambique'] }),
  c('MMR', 'MM', '104', 'Myanmar', 'Republic of the Union of Myanmar', { demonyms: ['Burmese', 'Myanma'], capitals: ['Naypyidaw', 'Nay Pyi Taw', 'Naypyitaw'], aliases: ['Burma', 'Myanmar (Burma)', 'Republic of Myanmar', 'Мьянма'], otherCodes: ['BUR'] }),

  // N
  c('NAM', 'NA', '516', 'Namibia', 'Republic of Namibia', { demonyms: ['Namibian', 'Namibians'], capitals: ['Windhoek'], aliases: ['Намибия'] }),
  c('NRU', 'NR', '520', 'Nauru', 'Republic of Nauru', { demonyms: ['Nauruan'], capitals: ['Yaren'] }),
  c('NPL', 'NP', '524', 'Nepal', 'Federal Democratic Republic of Nepal', { demonyms: ['Nepali', 'Nepalese'], capitals: ['Kathmandu'] }),
  c('NLD', 'NL', '528', 'Netherlands', 'Kingdom of the Netherlands', { demonyms: ['Dutch', 'Netherlander'], capitals: ['Amsterdam', 'The Hague'], aliases: ['The Netherlands', 'Holland', 'Nederland', 'Нидерланды'] }),
  c('NCL', 'NC', '540', 'New Caledonia', 'New Caledonia', { kind: T, demonyms: ['New Caledonian'], capitals: ['Nouméa', 'Noumea'], aliases: ['Nouvelle-Calédonie', 'Kanaky'] }),
  c('NZL', 'NZ', '554', 'New Zealand', 'New Zealand', { demonyms: ['New Zealander', 'New Zealanders'], capitals: ['Wellington'], aliases: ['Aotearoa', 'Aotearoa New Zealand'] }),
  c('NIC', 'NI', '558', 'Nicaragua', 'Republic of Nicaragua', { demonyms: ['Nicaraguan', 'Nicaraguans'], capitals: ['Managua'] }),
  // Niger and Nigeria are distinct keys; "Nigerien" is Niger's demonym, "Nigerian" Nigeria's.
  c('NER', 'NE', '562', 'Niger', 'Republic of the Niger', { demonyms: ['Nigerien', 'Nigeriens'], capitals: ['Niamey'], aliases: ['Republic of Niger'] }),
  c('NGA', 'NG', '566', 'Nigeria', 'Federal Republic of Nigeria', { demonyms: ['Nigerian', 'Nigerians'], capitals: ['Abuja'] }),
  c('NIU', 'NU', '570', 'Niue', 'Niue', { kind: T, demonyms: ['Niuean'] }),
  c('NFK', 'NF', '574', 'Norfolk Island', 'Norfolk Island', { kind: T, aliases: ['Norfolk Islands', 'Norfolk Isds'] }),
  c('MKD', 'MK', '807', 'North Macedonia', 'Republic of North Macedonia', {
    demonyms: ['Macedonian', 'Macedonians', 'North Macedonian'],
    capitals: ['Skopje'],
    aliases: ['Macedonia', 'Northern Macedonia', 'Republic of Macedonia', 'The former Yugoslav Republic of Macedonia', 'Former Yugoslav Republic of Macedonia', 'TFYR of Macedonia', 'TFYR Macedonia', 'FYROM', 'Macedonia, FYR', 'Macedonia, The Former Yugoslav Republic of', 'Северная Македония'],
  }),
  c('MNP', 'MP', '580', 'Northern Mariana Islands', 'Commonwealth of the Northern Mariana Islands', { kind: T, capitals: ['Saipan'], aliases: ['N. Mariana Isds', 'Northern Marianas'] }),
  c('NOR', 'NO', '578', 'Norway', 'Kingdom of Norway', { demonyms: ['Norwegian', 'Norwegians'], capitals: ['Oslo'], aliases: ['Norge', 'Норвегия'], tradeCodes: ['579'] }),

  // O–P
  c('OMN', 'OM', '512', 'Oman', 'Sultanate of Oman', { demonyms: ['Omani', 'Omanis'], capitals: ['Muscat'] }),
  c('PAK', 'PK', '586', 'Pakistan', 'Islamic Republic of Pakistan', { demonyms: ['Pakistani', 'Pakistanis'], capitals: ['Islamabad', 'Исламабад'], aliases: ['Пакистан', 'Pokiston'] }),
  c('PLW', 'PW', '585', 'Palau', 'Republic of Palau', { demonyms: ['Palauan'], capitals: ['Ngerulmud', 'Melekeok'] }),
  c('PSE', 'PS', '275', 'Palestine', 'State of Palestine', { demonyms: ['Palestinian', 'Palestinians'], aliases: ['State of Palestine', 'Palestine, State of', 'West Bank and Gaza', 'Palestinian Territories', 'Occupied Palestinian Territory', 'Palestinian Territory'] }),
  c('PAN', 'PA', '591', 'Panama', 'Republic of Panama', { demonyms: ['Panamanian', 'Panamanians'], capitals: ['Panama City'], aliases: ['Panamá'] }),
  c('PNG', 'PG', '598', 'Papua New Guinea', 'Independent State of Papua New Guinea', { demonyms: ['Papua New Guinean', 'Papua New Guineans'], capitals: ['Port Moresby'] }),
  c('PRY', 'PY', '600', 'Paraguay', 'Republic of Paraguay', { demonyms: ['Paraguayan', 'Paraguayans'], capitals: ['Asunción', 'Asuncion'] }),
  c('PER', 'PE', '604', 'Peru', 'Republic of Peru', { demonyms: ['Peruvian', 'Peruvians'], capitals: ['Lima'], aliases: ['Perú', 'Перу'] }),
  c('PHL', 'PH', '608', 'Philippines', 'Republic of the Philippines', { demonyms: ['Filipino', 'Filipinos', 'Philippine', 'Filipina'], capitals: ['Manila'], aliases: ['The Philippines', 'Pilipinas', 'Филиппины'] }),
  c('PCN', 'PN', '612', 'Pitcairn', 'Pitcairn, Henderson, Ducie and Oeno Islands', { kind: T, aliases: ['Pitcairn Islands'] }),
  c('POL', 'PL', '616', 'Poland', 'Republic of Poland', { demonyms: ['Polish'], capitals: ['Warsaw', 'Warszawa'], aliases: ['Polska', 'Польша'] }),
  c('PRT', 'PT', '620', 'Portugal', 'Portuguese Republic', { demonyms: ['Portuguese'], capitals: ['Lisbon', 'Lisboa'] }),
  c('PRI', 'PR', '630', 'Puerto Rico', 'Commonwealth of Puerto Rico', { kind: T, demonyms: ['Puerto Rican', 'Puerto Ricans'] }),

  // Q–R
  c('QAT', 'QA', '634', 'Qatar', 'State of Qatar', { demonyms: ['Qatari', 'Qataris'], capitals: ['Doha'] }),
  c('REU', 'RE', '638', 'Réunion', 'Réunion', { kind: T, demonyms: ['Réunionese'], aliases: ['Reunion', 'La Réunion'] }),
  c('ROU', 'RO', '642', 'Romania', 'Romania', { demonyms: ['Romanian', 'Romanians'], capitals: ['Bucharest', 'București'], aliases: ['Roumania', 'Rumania', 'România', 'Румыния'], otherCodes: ['ROM'] }),
  c('RWA', 'RW', '646', 'Rwanda', 'Republic of Rwanda', { demonyms: ['Rwandan', 'Rwandans', 'Rwandese'], capitals: ['Kigali'], aliases: ['Rwandese Republic'] }),

  // S
  c('BLM', 'BL', '652', 'Saint Barthélemy', 'Collectivity of Saint Barthélemy', { kind: T, aliases: ['Saint Barthelemy', 'St. Barthélemy', 'St Barts', 'Saint-Barthélemy'] }),
  c('SHN', 'SH', '654', 'Saint Helena, Ascension and Tristan da Cunha', 'Saint Helena, Ascension and Tristan da Cunha', { kind: T, demonyms: ['Saint Helenian'], aliases: ['Saint Helena', 'St. Helena', 'St Helena'] }),
  c('KNA', 'KN', '659', 'Saint Kitts and Nevis', 'Federation of Saint Kitts and Nevis', { demonyms: ['Kittitian', 'Nevisian'], capitals: ['Basseterre'], aliases: ['St. Kitts and Nevis', 'St Kitts and Nevis', 'Saint Christopher and Nevis', 'St. Kitts-Nevis'] }),
  c('LCA', 'LC', '662', 'Saint Lucia', 'Saint Lucia', { demonyms: ['Saint Lucian'], capitals: ['Castries'], aliases: ['St. Lucia', 'St Lucia'] }),
  c('MAF', 'MF', '663', 'Saint Martin', 'Collectivity of Saint Martin', { kind: T, aliases: ['Saint Martin (French part)', 'Saint-Martin'] }),
  c('SPM', 'PM', '666', 'Saint Pierre and Miquelon', 'Saint Pierre and Miquelon', { kind: T, aliases: ['St. Pierre and Miquelon', 'Saint-Pierre-et-Miquelon'] }),
  c('VCT', 'VC', '670', 'Saint Vincent and the Grenadines', 'Saint Vincent and the Grenadines', { demonyms: ['Vincentian'], capitals: ['Kingstown'], aliases: ['St. Vincent and the Grenadines', 'St Vincent and the Grenadines', 'Saint Vincent'] }),
  c('WSM', 'WS', '882', 'Samoa', 'Independent State of Samoa', { demonyms: ['Samoan', 'Samoans'], capitals: ['Apia'], aliases: ['Western Samoa'] }),
  c('SMR', 'SM', '674', 'San Marino', 'Republic of San Marino', { demonyms: ['Sammarinese'] }),
  c('STP', 'ST', '678', 'Sao Tome and Principe', 'Democratic Republic of Sao Tome and Principe', { demonyms: ['Santomean'], capitals: ['São Tomé', 'Sao Tome'], aliases: ['São Tomé and Príncipe', 'Sao Tome & Principe'] }),
  c('SAU', 'SA', '682', 'Saudi Arabia', 'Kingdom of Saudi Arabia', { demonyms: ['Saudi', 'Saudis', 'Saudi Arabian'], capitals: ['Riyadh', 'Эр-Рияд'], aliases: ['KSA', 'Саудовская Аравия'] }),
  c('SEN', 'SN', '686', 'Senegal', 'Republic of Senegal', { demonyms: ['Senegalese'], capitals: ['Dakar'], aliases: ['Sénégal'] }),
  c('SRB', 'RS', '688', 'Serbia', 'Republic of Serbia', { demonyms: ['Serbian', 'Serbians', 'Serb', 'Serbs'], capitals: ['Belgrade', 'Beograd'], aliases: ['Srbija', 'Сербия'], otherCodes: ['XS'] }),
  c('SYC', 'SC', '690', 'Seychelles', 'Republic of Seychelles', { demonyms: ['Seychellois'], aliases: ['The Seychelles'] }),
  c('SLE', 'SL', '694', 'Sierra Leone', 'Republic of Sierra Leone', { demonyms: ['Sierra Leonean', 'Sierra Leoneans'], capitals: ['Freetown'] }),
  c('SGP', 'SG', '702', 'Singapore', 'Republic of Singapore', { demonyms: ['Singaporean', 'Singaporeans'], aliases: ['Сингапур'] }),
  c('SXM', 'SX', '534', 'Sint Maarten', 'Sint Maarten (Dutch part)', { kind: T, aliases: ['Sint Maarten (Dutch part)', 'Saint Maarten', 'St. Maarten'] }),
  c('SVK', 'SK', '703', 'Slovakia', 'Slovak Republic', { demonyms: ['Slovak', 'Slovaks', 'Slovakian'], capitals: ['Bratislava'], aliases: ['Slovak Republic', 'Slovensko', 'Словакия'] }),
  c('SVN', 'SI', '705', 'Slovenia', 'Republic of Slovenia', { demonyms: ['Slovenian', 'Slovene', 'Slovenes'], capitals: ['Ljubljana'], aliases: ['Slovenija'] }),
  c('SLB', 'SB', '090', 'Solomon Islands', 'Solomon Islands', { demonyms: ['Solomon Islander'], capitals: ['Honiara'], aliases: ['Solomons', 'Solomon Isds'] }),
  c('SOM', 'SO', '706', 'Somalia', 'Federal Republic of Somalia', { demonyms: ['Somali', 'Somalis'], capitals: ['Mogadishu'] }),
  c('ZAF', 'ZA', '710', 'South Africa', 'Republic of South Africa', { demonyms: ['South African', 'South Africans'], capitals: ['Pretoria', 'Tshwane'], aliases: ['RSA', 'Южная Африка', 'ЮАР', 'Южно-Африканская Республика'] }),
  c('SGS', 'GS', '239', 'South Georgia and the South Sandwich Islands', 'South Georgia and the South Sandwich Islands', { kind: T, aliases: ['South Georgia'] }),
  c('SSD', 'SS', '728', 'South Sudan', 'Republic of South Sudan', { demonyms: ['South Sudanese'], capitals: ['Juba'] }),
  c('ESP', 'ES', '724', 'Spain', 'Kingdom of Spain', { demonyms: ['Spanish', 'Spaniard', 'Spaniards'], capitals: ['Madrid'], aliases: ['España', 'Espana', 'Испания'] }),
  c('LKA', 'LK', '144', 'Sri Lanka', 'Democratic Socialist Republic of Sri Lanka', { demonyms: ['Sri Lankan', 'Sri Lankans'], capitals: ['Colombo', 'Sri Jayawardenepura Kotte'], aliases: ['Ceylon'] }),
  // "Sudan" is the Republic of the Sudan (since 2011 without South Sudan); BACI's
  // "Sudan (...2011)" (code 736) is the undivided Sudan, which BACI also files under SDN.
  c('SDN', 'SD', '729', 'Sudan', 'Republic of the Sudan', { demonyms: ['Sudanese'], capitals: ['Khartoum'], aliases: ['The Sudan', 'Fmr Sudan'], tradeCodes: ['736'] }),
  c('SUR', 'SR', '740', 'Suriname', 'Republic of Suriname', { demonyms: ['Surinamese'], capitals: ['Paramaribo'], aliases: ['Surinam'] }),
  c('SJM', 'SJ', '744', 'Svalbard and Jan Mayen', 'Svalbard and Jan Mayen', { kind: T, aliases: ['Svalbard'] }),
  c('SWE', 'SE', '752', 'Sweden', 'Kingdom of Sweden', { demonyms: ['Swedish', 'Swede', 'Swedes'], capitals: ['Stockholm'], aliases: ['Sverige', 'Швеция'] }),
  c('CHE', 'CH', '756', 'Switzerland', 'Swiss Confederation', { demonyms: ['Swiss'], capitals: ['Bern', 'Berne'], aliases: ['Schweiz', 'Suisse', 'Svizzera', 'Confoederatio Helvetica', 'Helvetia', 'Швейцария'], tradeCodes: ['757'] }),
  c('SYR', 'SY', '760', 'Syria', 'Syrian Arab Republic', { demonyms: ['Syrian', 'Syrians'], capitals: ['Damascus'], aliases: ['Syrian Arab Republic', 'Сирия'] }),

  // T
  // UN Comtrade and CEPII BACI publish Taiwan as "Other Asia, nes" under code 490 / S19, and
  // World Mining Data files Taiwan under S19 too; the codes resolve here, the label does not.
  c('TWN', 'TW', '158', 'Taiwan', null, {
    demonyms: ['Taiwanese'],
    capitals: ['Taipei', 'Тайбэй'],
    aliases: ['Taiwan, China', 'Taiwan, Province of China', 'Taiwan (Province of China)', 'Chinese Taipei', 'Republic of China', 'Republic of China (Taiwan)', 'ROC (Taiwan)', 'Separate Customs Territory of Taiwan, Penghu, Kinmen and Matsu', 'Formosa', 'Тайвань', '台湾'],
    tradeCodes: ['490'],
    otherCodes: ['S19'],
  }),
  c('TZA', 'TZ', '834', 'Tanzania', 'United Republic of Tanzania', { demonyms: ['Tanzanian', 'Tanzanians'], capitals: ['Dodoma', 'Dar es Salaam'], aliases: ['United Rep. of Tanzania', 'Tanzania, United Republic of'] }),
  c('THA', 'TH', '764', 'Thailand', 'Kingdom of Thailand', { demonyms: ['Thai'], capitals: ['Bangkok'], aliases: ['Siam', 'Таиланд'] }),
  c('TLS', 'TL', '626', 'Timor-Leste', 'Democratic Republic of Timor-Leste', { demonyms: ['Timorese'], capitals: ['Dili'], aliases: ['East Timor', 'Timor Leste'], otherCodes: ['TMP'] }),
  c('TGO', 'TG', '768', 'Togo', 'Togolese Republic', { demonyms: ['Togolese'], capitals: ['Lomé', 'Lome'] }),
  c('TKL', 'TK', '772', 'Tokelau', 'Tokelau', { kind: T, demonyms: ['Tokelauan'] }),
  c('TON', 'TO', '776', 'Tonga', 'Kingdom of Tonga', { demonyms: ['Tongan', 'Tongans'], capitals: ["Nuku'alofa"] }),
  c('TTO', 'TT', '780', 'Trinidad and Tobago', 'Republic of Trinidad and Tobago', { demonyms: ['Trinidadian', 'Tobagonian'], capitals: ['Port of Spain'], aliases: ['Trinidad & Tobago', 'Trinidad'] }),
  c('TUN', 'TN', '788', 'Tunisia', 'Republic of Tunisia', { demonyms: ['Tunisian', 'Tunisians'], capitals: ['Tunis'] }),
  c('TUR', 'TR', '792', 'Türkiye', 'Republic of Türkiye', { demonyms: ['Turkish', 'Turk', 'Turks'], capitals: ['Ankara', 'Анкара'], aliases: ['Turkey', 'Turkiye', 'Republic of Turkey', 'Турция', 'Түркия', 'Turkiya'] }),
  c('TCA', 'TC', '796', 'Turks and Caicos Islands', 'Turks and Caicos Islands', { kind: T, aliases: ['Turks and Caicos', 'Turks and Caicos Isds'] }),
  c('TUV', 'TV', '798', 'Tuvalu', 'Tuvalu', { demonyms: ['Tuvaluan'], capitals: ['Funafuti'] }),

  // U–V
  c('UGA', 'UG', '800', 'Uganda', 'Republic of Uganda', { demonyms: ['Ugandan', 'Ugandans'], capitals: ['Kampala'] }),
  c('UKR', 'UA', '804', 'Ukraine', 'Ukraine', { demonyms: ['Ukrainian', 'Ukrainians'], capitals: ['Kyiv', 'Kiev', 'Киев', 'Київ'], aliases: ['The Ukraine', 'Україна', 'Украина'] }),
  c('ARE', 'AE', '784', 'United Arab Emirates', 'United Arab Emirates', { demonyms: ['Emirati', 'Emiratis'], capitals: ['Abu Dhabi'], aliases: ['UAE', 'U.A.E.', 'Emirates', 'The Emirates', 'ОАЭ', 'Объединённые Арабские Эмираты'] }),
  c('GBR', 'GB', '826', 'United Kingdom', 'United Kingdom of Great Britain and Northern Ireland', {
    demonyms: ['British', 'Briton', 'Britons', 'Brit', 'Brits'],
    capitals: ['London', 'Лондон'],
    aliases: ['UK', 'U.K.', 'Great Britain', 'Britain', 'United Kingdom of Great Britain and Northern Ireland', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Великобритания', 'Соединённое Королевство', 'Ulug Britaniya', 'Ұлыбритания'],
    otherCodes: ['UK'],
  }),
  c('UMI', 'UM', '581', 'United States Minor Outlying Islands', 'United States Minor Outlying Islands', { kind: T, aliases: ['US Minor Outlying Islands', 'U.S. Minor Outlying Islands', 'US Misc. Pacific Isds', 'United States Miscellaneous Pacific Islands'], tradeCodes: ['849'], otherCodes: ['PUS', 'PU'] }),
  c('URY', 'UY', '858', 'Uruguay', 'Oriental Republic of Uruguay', { demonyms: ['Uruguayan', 'Uruguayans'], capitals: ['Montevideo'], aliases: ['Eastern Republic of Uruguay'] }),
  c('VUT', 'VU', '548', 'Vanuatu', 'Republic of Vanuatu', { demonyms: ['Ni-Vanuatu'], capitals: ['Port Vila'] }),
  c('VEN', 'VE', '862', 'Venezuela', 'Bolivarian Republic of Venezuela', { demonyms: ['Venezuelan', 'Venezuelans'], capitals: ['Caracas'], aliases: ['Venezuela, RB', 'Venezuela (Bolivarian Republic of)', 'Venezuela, Bolivarian Republic of', 'Венесуэла'] }),
  c('VNM', 'VN', '704', 'Vietnam', 'Socialist Republic of Viet Nam', { demonyms: ['Vietnamese'], capitals: ['Hanoi', 'Ha Noi', 'Ханой'], aliases: ['Viet Nam', 'Việt Nam', 'Вьетнам'] }),
  c('VGB', 'VG', '092', 'British Virgin Islands', 'Virgin Islands (British)', { kind: T, capitals: ['Road Town'], aliases: ['Virgin Islands (British)', 'Virgin Islands, British', 'Br. Virgin Isds', 'BVI'] }),
  c('VIR', 'VI', '850', 'U.S. Virgin Islands', 'Virgin Islands of the United States', { kind: T, capitals: ['Charlotte Amalie'], aliases: ['US Virgin Islands', 'United States Virgin Islands', 'Virgin Islands (U.S.)', 'Virgin Islands, U.S.', 'US Virgin Isds', 'USVI'] }),

  // W–Z
  c('WLF', 'WF', '876', 'Wallis and Futuna', 'Territory of the Wallis and Futuna Islands', { kind: T, aliases: ['Wallis and Futuna Islands', 'Wallis and Futuna Isds', 'Wallis-et-Futuna'] }),
  c('ESH', 'EH', '732', 'Western Sahara', 'Western Sahara', { kind: T, demonyms: ['Sahrawi', 'Sahrawis'], aliases: ['Sahrawi Arab Democratic Republic'] }),
  c('YEM', 'YE', '887', 'Yemen', 'Republic of Yemen', { demonyms: ['Yemeni', 'Yemenis'], capitals: ["Sana'a", 'Sanaa'], aliases: ['Yemen, Rep.'] }),
  c('ZMB', 'ZM', '894', 'Zambia', 'Republic of Zambia', { demonyms: ['Zambian', 'Zambians'], capitals: ['Lusaka'], aliases: ['Замбия'] }),
  c('ZWE', 'ZW', '716', 'Zimbabwe', 'Republic of Zimbabwe', { demonyms: ['Zimbabwean', 'Zimbabweans'], capitals: ['Harare'], aliases: ['Rhodesia', 'Southern Rhodesia', 'Зимбабве'] }),

  // Kosovo: not in ISO 3166-1; XK/XKX is the user-assigned code of the European Commission,
  // the World Bank and Eurostat; the OECD export-credit list writes XKV.
  c('XKX', 'XK', null, 'Kosovo', 'Republic of Kosovo', { demonyms: ['Kosovar', 'Kosovan', 'Kosovars'], capitals: ['Pristina', 'Prishtina', 'Priština'], aliases: ['Kosova', 'Kosovo (under UNSCR 1244/99)', 'Kosovo*'], otherCodes: ['XKV', 'KOS'] }),

  // Historic (ISO 3166-3). "CS" was Czechoslovakia's alpha-2 until 1993 and Serbia and
  // Montenegro's from 2003; as a code it reads as Serbia and Montenegro, the one datasets from
  // 2002 on (BACI) mean, so that entry comes first.
  c('SCG', 'CS', '891', 'Serbia and Montenegro', 'State Union of Serbia and Montenegro', { kind: 'historic', aliases: ['Serbia & Montenegro', 'Serbia and Montenegro (...2005)', 'Federal Republic of Yugoslavia', 'FR Yugoslavia'], otherCodes: ['CSXX'], successors: ['SRB', 'MNE', 'XKX'] }),
  c('SUN', 'SU', '810', 'Soviet Union', 'Union of Soviet Socialist Republics', {
    kind: 'historic',
    demonyms: ['Soviet'],
    aliases: ['USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics', 'Fmr USSR', 'Former USSR', 'Former Soviet Union', 'СССР', 'Советский Союз', 'Союз Советских Социалистических Республик'],
    otherCodes: ['SUHH'],
    successors: ['RUS', 'UKR', 'BLR', 'MDA', 'EST', 'LVA', 'LTU', 'GEO', 'ARM', 'AZE', 'KAZ', 'UZB', 'KGZ', 'TJK', 'TKM'],
  }),
  c('YUG', 'YU', '890', 'Yugoslavia', 'Socialist Federal Republic of Yugoslavia', { kind: 'historic', demonyms: ['Yugoslav', 'Yugoslavian'], aliases: ['Fmr Yugoslavia', 'Former Yugoslavia', 'SFR Yugoslavia', 'SFRY', 'Югославия'], otherCodes: ['YUCS'], successors: ['SVN', 'HRV', 'BIH', 'SRB', 'MNE', 'MKD', 'XKX'] }),
  c('CSK', 'CS', '200', 'Czechoslovakia', 'Czechoslovak Socialist Republic', { kind: 'historic', demonyms: ['Czechoslovak', 'Czechoslovakian'], aliases: ['Czechoslovakia (...1992)', 'Czech and Slovak Federative Republic', 'Чехословакия'], otherCodes: ['CSHH'], successors: ['CZE', 'SVK'] }),
  c('DDR', 'DD', '278', 'East Germany', 'German Democratic Republic', { kind: 'historic', demonyms: ['East German', 'East Germans'], aliases: ['German Democratic Republic', 'GDR', 'Dem. Rep. of Germany', 'Democratic Republic of Germany', 'Fmr Dem. Rep. of Germany', 'ГДР'], otherCodes: ['DDDE'], successors: ['DEU'] }),
  c('ANT', 'AN', '530', 'Netherlands Antilles', 'Netherlands Antilles', { kind: 'historic', aliases: ['Neth. Antilles', 'Netherlands Antilles (...2010)'], otherCodes: ['ANHH'], successors: ['CUW', 'SXM', 'BES'] }),
  c('YMD', 'YD', '720', 'South Yemen', "People's Democratic Republic of Yemen", { kind: 'historic', aliases: ['Democratic Yemen', 'Fmr Dem. Yemen', 'Yemen, Democratic'], otherCodes: ['YDYE'], successors: ['YEM'] }),

  // Aggregate: UN Comtrade writes World as partner 0 (code W00 in its newer API).
  c('WLD', null, '001', 'World', null, { kind: 'aggregate', aliases: ['World total', 'Whole world', 'Global total'], tradeCodes: ['0'], otherCodes: ['W00'] }),
];
