// The article the page opens with: an invented story (no real event, no real article's text),
// written to show every label at once: a dateline and weekdays, people with titles, places,
// countries, nationalities, organisations and an embassy, casualty counts, sums of money,
// quotes in straight and curly quotes (one with no speaker), a crowd size, an accented name or
// two, and emoji.

export const SAMPLE = `BAGHDAD, March 14, 2023 (Meridian News) — A car bomb tore through a crowded market in eastern Baghdad on Tuesday morning, killing at least 12 people and wounding 30 others, Iraqi officials said, in the deadliest attack on the capital since last summer.

Security forces detained 40 suspects in overnight raids across Baghdad and Diyala province, according to a statement from the Ministry of Interior. Police spokesman Colonel Karim Jabbar said the bomb had been hidden in a vegetable cart parked outside the Al-Shorja market.

“The people who did this want to drag Iraq back into the dark years,” Prime Minister Salim al-Rawi said in a televised address on Tuesday evening. “They will not succeed.”

The US Embassy in Baghdad condemned the bombing, and Ambassador Ellen Whitford said Washington stood “shoulder to shoulder” with the Iraqi government. The United Nations envoy to Iraq, Inès Duvalier-Moreau, called for a transparent investigation.

No group immediately claimed responsibility. Analysts pointed to remnants of the Islamic State, which has carried out sporadic attacks in Anbar and Nineveh since its territorial defeat in 2017.

Dr. Zeynep Özdemir, a Turkish surgeon volunteering with the Iraqi Red Crescent, said hospitals in the Karrada district were running short of blood. "We need donors now, not tomorrow," she told reporters. By nightfall, about 2,000 mourners had gathered outside the hospital. “We are tired of burying our neighbours,” read a banner at the front. Within hours, a post reading "Pray for Baghdad 🇮🇶🙏" had been shared more than 50,000 times.

The attack came two days after the World Bank approved a $2.5 billion loan to rebuild power plants and water networks in southern Iraq, and a week before French and German ministers were due in Baghdad for talks on a €400 million trade package.

Parliament's security committee will question the interior minister on Thursday, its chairman, Ahmed Kadhim, told Meridian News. Shops around the market are expected to stay closed until March 17.
`;
