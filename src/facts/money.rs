//! Sums of money: a currency sign or code before the amount ("$50 billion", "€3m", "US$3",
//! "Rs 500", "USD 20"), or a currency word after it ("5 million dollars", "10 million Iraqi
//! dinars"), and a bare amount with a glued scale ("1.5bn") when a sum in a currency stands
//! earlier in the same sentence.
//!
//! Amounts are plain numbers ("$50 billion" is 50000000000) and currencies ISO 4217 codes. A
//! bare "$" is the US dollar, as in most English-language news; currency names shared by
//! several countries ("dinars", "pounds" of Egypt or Lebanon) need the country's adjective,
//! except "pounds", read as sterling. Not handled: ranges ("$3-5m") and amounts in words
//! without a scale ("fifty dollars" is read; "a dollar" is not).

use super::ranges::Claimed;
use super::tokens::{digits_value, glued, Tokens};
use serde::Serialize;

/// A sum of money found in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Money {
    /// Start byte offset (converted to the output unit on the way out).
    pub start: usize,
    /// End offset, exclusive.
    pub end: usize,
    /// The sum as written.
    pub text: String,
    /// The amount in units of the currency.
    pub amount: f64,
    /// The ISO 4217 currency code.
    pub currency: String,
}

/// Currency signs, and the letters that may be glued before "$".
const SIGNS: [(&str, &str); 5] = [
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
];
const DOLLAR_PREFIXES: [(&str, &str); 6] = [
    ("US", "USD"),
    ("A", "AUD"),
    ("C", "CAD"),
    ("HK", "HKD"),
    ("NZ", "NZD"),
    ("S", "SGD"),
];

/// ISO codes recognised before or after an amount.
const CODES: [&str; 14] = [
    "USD", "EUR", "GBP", "JPY", "CNY", "INR", "IQD", "IRR", "SAR", "AED", "TRY", "RUB", "CHF",
    "CAD",
];

/// Currency words (singular stem) read without a country adjective.
const WORDS: [(&str, &str); 9] = [
    ("dollar", "USD"),
    ("euro", "EUR"),
    ("pound", "GBP"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("rupee", "INR"),
    ("rouble", "RUB"),
    ("ruble", "RUB"),
    ("lira", "TRY"),
];

/// A country adjective and currency stem, for currencies that need one.
const ADJECTIVE_WORDS: [(&str, &str, &str); 14] = [
    ("US", "dollar", "USD"),
    ("Australian", "dollar", "AUD"),
    ("Canadian", "dollar", "CAD"),
    ("Iraqi", "dinar", "IQD"),
    ("Jordanian", "dinar", "JOD"),
    ("Kuwaiti", "dinar", "KWD"),
    ("Saudi", "riyal", "SAR"),
    ("Qatari", "riyal", "QAR"),
    ("Iranian", "rial", "IRR"),
    ("Egyptian", "pound", "EGP"),
    ("Lebanese", "pound", "LBP"),
    ("Syrian", "pound", "SYP"),
    ("Pakistani", "rupee", "PKR"),
    ("Indian", "rupee", "INR"),
];

/// Finds the sums of money among `tokens`, skipping the `claimed` byte ranges (dates).
pub(crate) fn extract(
    text: &str,
    tokens: &Tokens<'_>,
    claimed: &[(usize, usize)],
    sentences: &[(usize, usize)],
) -> Vec<Money> {
    let claimed = Claimed::new(claimed);
    let mut out: Vec<Money> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let free =
            |first: usize, last: usize| !claimed.overlaps(tokens[first].start, tokens[last].end);
        let found = currency_first(tokens, i)
            .or_else(|| amount_first(tokens, i))
            .or_else(|| bare_scaled(tokens, i, out.last(), sentences))
            .filter(|&(last, ..)| free(i, last));
        match found {
            Some((last, amount, currency)) => {
                let (start, end) = (tokens[i].start, tokens[last].end);
                out.push(Money {
                    start,
                    end,
                    text: text[start..end].to_string(),
                    amount,
                    currency: currency.to_string(),
                });
                i = last + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// A found sum: its last token, amount and currency.
type Sum<'a> = (usize, f64, &'a str);

/// An amount at token `i`: its value and last token. Besides [`Tokens::number_at`], reads the short
/// scales used only for money ("€3m", "$40k"), which elsewhere would be metres or Kelvin.
fn amount_at(tokens: &Tokens<'_>, i: usize) -> Option<(f64, usize)> {
    let t = tokens.get(i)?;
    let short = tokens
        .get(i + 1)
        .filter(|s| t.is_digits() && glued(t, s))
        .and_then(|s| match s.text {
            "m" => Some(1e6),
            "k" => Some(1e3),
            _ => None,
        });
    if let Some(factor) = short {
        return Some((digits_value(t.text)? * factor, i + 1));
    }
    tokens
        .number_at(i)
        .filter(|n| n.vague.is_none())
        .map(|n| (n.value, n.last))
}

/// "$50 billion", "US$3", "Rs 500", "USD 20".
fn currency_first(tokens: &Tokens<'_>, i: usize) -> Option<Sum<'static>> {
    let t = &tokens[i];
    let (code, amount_from) = if let Some(&(_, code)) = SIGNS.iter().find(|(s, _)| *s == t.text) {
        (code, i + 1)
    } else if let Some(&(_, code)) = DOLLAR_PREFIXES.iter().find(|(p, _)| *p == t.text) {
        tokens.get(i + 1).filter(|d| d.text == "$" && glued(t, d))?;
        (code, i + 2)
    } else if t.text == "Rs" {
        let dot = tokens
            .get(i + 1)
            .is_some_and(|d| d.text == "." && glued(t, d));
        ("INR", i + 1 + usize::from(dot))
    } else {
        let code = CODES.iter().find(|c| **c == t.text)?;
        (*code, i + 1)
    };
    let number = tokens.get(amount_from).filter(|n| n.is_digits())?;
    if number.start - tokens[amount_from - 1].end > 1 {
        return None;
    }
    let (amount, last) = amount_at(tokens, amount_from)?;
    Some((last, amount, code))
}

/// "5 million dollars", "10 million Iraqi dinars", "20 USD".
fn amount_first(tokens: &Tokens<'_>, i: usize) -> Option<Sum<'static>> {
    let (amount, last) = amount_at(tokens, i)?;
    let next = tokens.get(last + 1)?;
    if let Some(code) = CODES.iter().find(|c| **c == next.text) {
        return Some((last + 1, amount, code));
    }
    // A currency word in any case, in the singular or the plural ("Dollars" is "dollar").
    let names = |word: &str, currency: &str| {
        let singular = word.strip_suffix(['s', 'S']).unwrap_or(word);
        singular.eq_ignore_ascii_case(currency)
    };
    if let Some(&(_, code)) = WORDS.iter().find(|(w, _)| names(next.text, w)) {
        return Some((last + 1, amount, code));
    }
    let currency = tokens.get(last + 2)?;
    ADJECTIVE_WORDS
        .iter()
        .find(|(adj, w, _)| *adj == next.text && names(currency.text, w))
        .map(|&(_, _, code)| (last + 2, amount, code))
}

/// "1.5bn" with no currency of its own, after a sum in a currency in the same sentence.
fn bare_scaled<'a>(
    tokens: &Tokens<'_>,
    i: usize,
    previous: Option<&'a Money>,
    sentences: &[(usize, usize)],
) -> Option<Sum<'a>> {
    let t = &tokens[i];
    let suffix = tokens.get(i + 1).filter(|s| t.is_digits() && glued(t, s))?;
    if !suffix.is_any(&["m", "mn", "bn", "k", "tn"]) {
        return None;
    }
    let previous = previous?;
    // Sentences are sorted and disjoint, so of those starting by the previous sum, the last
    // reaches furthest: it is the only one that can hold both sums.
    let starting_by = sentences.partition_point(|&(s, _)| s <= previous.start);
    let same_sentence = starting_by > 0 && t.end <= sentences[starting_by - 1].1;
    let (amount, last) = amount_at(tokens, i)?;
    same_sentence.then_some((last, amount, previous.currency.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::tokens::tokenize;
    use crate::sentences::sentences;

    /// (text, amount, currency) of each sum.
    fn sums(text: &str) -> Vec<(String, f64, String)> {
        extract(text, &tokenize(text), &[], &sentences(text))
            .into_iter()
            .map(|m| (m.text, m.amount, m.currency))
            .collect()
    }

    fn sum(text: &str, amount: f64, currency: &str) -> (String, f64, String) {
        (text.to_string(), amount, currency.to_string())
    }

    #[test]
    fn signs_with_scale_words_and_suffixes() {
        assert_eq!(
            sums("A $50 billion plan, €3m in aid and £1.2bn in loans."),
            [
                sum("$50 billion", 5e10, "USD"),
                sum("€3m", 3e6, "EUR"),
                sum("£1.2bn", 1.2e9, "GBP")
            ]
        );
    }

    #[test]
    fn prefixed_dollars_rupees_and_codes() {
        assert_eq!(
            sums("Fees of US$3, Rs 500, Rs. 20 and USD 7."),
            [
                sum("US$3", 3.0, "USD"),
                sum("Rs 500", 500.0, "INR"),
                sum("Rs. 20", 20.0, "INR"),
                sum("USD 7", 7.0, "USD")
            ]
        );
    }

    #[test]
    fn currency_words_after_the_amount() {
        assert_eq!(
            sums("It cost 5 million dollars, ten euros and 10 million Iraqi dinars."),
            [
                sum("5 million dollars", 5e6, "USD"),
                sum("ten euros", 10.0, "EUR"),
                sum("10 million Iraqi dinars", 1e7, "IQD")
            ]
        );
    }

    #[test]
    fn a_bare_scaled_amount_takes_the_currency_of_its_sentence() {
        assert_eq!(
            sums("Oslo gave €2bn and Bern 1.5bn. Rome 3bn."),
            [sum("€2bn", 2e9, "EUR"), sum("1.5bn", 1.5e9, "EUR")]
        );
    }

    #[test]
    fn ambiguous_currency_names_and_far_signs_are_not_money() {
        assert!(sums("It paid 40 dinars, then $   5 and 3m of cable.").is_empty());
    }

    #[test]
    fn claimed_dates_are_not_amounts() {
        let text = "Prices in 2019 dollars rose.";
        let at = text.find("2019").unwrap();
        assert!(extract(text, &tokenize(text), &[(at, at + 4)], &[]).is_empty());
    }
}
