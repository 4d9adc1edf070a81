//! Units of measure and currencies: what a figure is counted in.
//!
//! Each unit knows its dimension and how to reach the dimension's base unit
//! (`base = value * factor + offset`), which is all the conversion rule needs.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Dimension {
    Currency,
    Length,
    Area,
    Volume,
    Mass,
    Speed,
    Temperature,
    Time,
    Energy,
    Power,
    Data,
    Frequency,
    /// "40 degrees" with no scale: an angle or a temperature, never converted.
    Degree,
}

/// The plural of a unit's name for messages: "metres", "feet", "miles per
/// hour", "degrees Celsius", "square miles".
pub fn plural(name: &str) -> String {
    let (head, tail) = if let Some(i) = name.find(" per ") {
        name.split_at(i)
    } else if let Some(rest) = name.strip_prefix("degree ") {
        return format!("degrees {rest}");
    } else {
        (name, "")
    };
    let (lead, last) = head.rsplit_once(' ').map_or(("", head), |(l, w)| (l, w));
    let last = match last {
        "foot" => "feet".to_string(),
        "inch" => "inches".to_string(),
        w if w.ends_with('s') || w.chars().all(|c| c.is_ascii_uppercase()) => w.to_string(),
        w => format!("{w}s"),
    };
    let lead = if lead.is_empty() {
        String::new()
    } else {
        format!("{lead} ")
    };
    format!("{lead}{last}{tail}")
}

#[derive(Debug, PartialEq)]
pub struct Unit {
    /// Canonical name, singular: "metre", "square mile", "GBP".
    pub name: &'static str,
    pub dimension: Dimension,
    /// Base units per one of this unit (metre, square metre, litre, kilogram,
    /// km/h, degree Celsius, second, joule, watt, byte, hertz).
    pub factor: f64,
    /// Added after the factor; only temperatures have one.
    pub offset: f64,
}

impl Unit {
    /// The readings of a unit whose name means different sizes on either
    /// side of the Atlantic: a gallon or a pint, US or imperial.
    pub fn readings(&'static self) -> [&'static Unit; 2] {
        if std::ptr::eq(self, &GALLON) {
            [&GALLON, &IMPERIAL_GALLON]
        } else if std::ptr::eq(self, &PINT) {
            [&PINT, &US_PINT]
        } else {
            [self, self]
        }
    }

    pub fn to_base(&self, value: f64) -> f64 {
        value * self.factor + self.offset
    }

    pub fn from_base(&self, base: f64) -> f64 {
        (base - self.offset) / self.factor
    }

    /// `value` of this unit in `to`. A difference ("risen by 1.6C") scales
    /// without the offset: 1.6C more is 2.9F more, not 34.9F.
    pub fn convert(&self, value: f64, to: &Unit, difference: bool) -> f64 {
        if difference {
            value * self.factor / to.factor
        } else {
            to.from_base(self.to_base(value))
        }
    }
}

macro_rules! units {
    ($($id:ident = $name:literal, $dim:ident, $factor:expr, $offset:expr;)*) => {
        $(pub static $id: Unit = Unit { name: $name, dimension: Dimension::$dim, factor: $factor, offset: $offset };)*
    };
}

units! {
    NANOMETRE = "nanometre", Length, 1e-9, 0.0;
    MILLIMETRE = "millimetre", Length, 0.001, 0.0;
    CENTIMETRE = "centimetre", Length, 0.01, 0.0;
    METRE = "metre", Length, 1.0, 0.0;
    KILOMETRE = "kilometre", Length, 1000.0, 0.0;
    INCH = "inch", Length, 0.0254, 0.0;
    FOOT = "foot", Length, 0.3048, 0.0;
    YARD = "yard", Length, 0.9144, 0.0;
    MILE = "mile", Length, 1609.344, 0.0;
    NAUTICAL_MILE = "nautical mile", Length, 1852.0, 0.0;
    FURLONG = "furlong", Length, 201.168, 0.0;
    SQUARE_METRE = "square metre", Area, 1.0, 0.0;
    SQUARE_KILOMETRE = "square kilometre", Area, 1e6, 0.0;
    SQUARE_FOOT = "square foot", Area, 0.092_903_04, 0.0;
    SQUARE_YARD = "square yard", Area, 0.836_127_36, 0.0;
    SQUARE_MILE = "square mile", Area, 2_589_988.110_336, 0.0;
    HECTARE = "hectare", Area, 1e4, 0.0;
    ACRE = "acre", Area, 4_046.856_422_4, 0.0;
    MILLILITRE = "millilitre", Volume, 0.001, 0.0;
    CENTILITRE = "centilitre", Volume, 0.01, 0.0;
    LITRE = "litre", Volume, 1.0, 0.0;
    CUBIC_METRE = "cubic metre", Volume, 1000.0, 0.0;
    CUBIC_KILOMETRE = "cubic kilometre", Volume, 1e12, 0.0;
    CUBIC_CENTIMETRE = "cubic centimetre", Volume, 0.001, 0.0;
    CUBIC_FOOT = "cubic foot", Volume, 28.316_846_592, 0.0;
    CUBIC_YARD = "cubic yard", Volume, 764.554_857_984, 0.0;
    GALLON = "gallon", Volume, 3.785_411_784, 0.0;
    IMPERIAL_GALLON = "gallon", Volume, 4.546_09, 0.0;
    PINT = "pint", Volume, 0.568_261_25, 0.0;
    US_PINT = "pint", Volume, 0.473_176_473, 0.0;
    BARREL = "barrel", Volume, 158.987_294_928, 0.0;
    MICROGRAM = "microgram", Mass, 1e-9, 0.0;
    MILLIGRAM = "milligram", Mass, 1e-6, 0.0;
    GRAM = "gram", Mass, 0.001, 0.0;
    KILOGRAM = "kilogram", Mass, 1.0, 0.0;
    TONNE = "tonne", Mass, 1000.0, 0.0;
    POUND_MASS = "pound", Mass, 0.453_592_37, 0.0;
    OUNCE = "ounce", Mass, 0.028_349_523_125, 0.0;
    STONE = "stone", Mass, 6.350_293_18, 0.0;
    KMH = "kilometre per hour", Speed, 1.0, 0.0;
    MPH = "mile per hour", Speed, 1.609_344, 0.0;
    METRE_PER_SECOND = "metre per second", Speed, 3.6, 0.0;
    KM_PER_SECOND = "kilometre per second", Speed, 3600.0, 0.0;
    KNOT = "knot", Speed, 1.852, 0.0;
    CELSIUS = "degree Celsius", Temperature, 1.0, 0.0;
    FAHRENHEIT = "degree Fahrenheit", Temperature, 5.0 / 9.0, -160.0 / 9.0;
    SECOND = "second", Time, 1.0, 0.0;
    MINUTE = "minute", Time, 60.0, 0.0;
    HOUR = "hour", Time, 3600.0, 0.0;
    DAY = "day", Time, 86400.0, 0.0;
    WEEK = "week", Time, 604_800.0, 0.0;
    MONTH = "month", Time, 2_629_746.0, 0.0;
    YEAR = "year", Time, 31_556_952.0, 0.0;
    DECADE = "decade", Time, 315_569_520.0, 0.0;
    CENTURY = "century", Time, 3_155_695_200.0, 0.0;
    WATT_HOUR = "watt hour", Energy, 3600.0, 0.0;
    KILOWATT_HOUR = "kilowatt hour", Energy, 3.6e6, 0.0;
    MEGAWATT_HOUR = "megawatt hour", Energy, 3.6e9, 0.0;
    GIGAWATT_HOUR = "gigawatt hour", Energy, 3.6e12, 0.0;
    TERAWATT_HOUR = "terawatt hour", Energy, 3.6e15, 0.0;
    ELECTRONVOLT = "electronvolt", Energy, 1.602_176_634e-19, 0.0;
    TERAELECTRONVOLT = "teraelectronvolt", Energy, 1.602_176_634e-7, 0.0;
    WATT = "watt", Power, 1.0, 0.0;
    KILOWATT = "kilowatt", Power, 1e3, 0.0;
    MEGAWATT = "megawatt", Power, 1e6, 0.0;
    GIGAWATT = "gigawatt", Power, 1e9, 0.0;
    TERAWATT = "terawatt", Power, 1e12, 0.0;
    KILOBYTE = "kilobyte", Data, 1e3, 0.0;
    MEGABYTE = "megabyte", Data, 1e6, 0.0;
    GIGABYTE = "gigabyte", Data, 1e9, 0.0;
    TERABYTE = "terabyte", Data, 1e12, 0.0;
    MEGAHERTZ = "megahertz", Frequency, 1e6, 0.0;
    GIGAHERTZ = "gigahertz", Frequency, 1e9, 0.0;
    GBP = "GBP", Currency, 1.0, 0.0;
    PENNY = "GBP", Currency, 0.01, 0.0;
    USD = "USD", Currency, 1.0, 0.0;
    CENT = "USD", Currency, 0.01, 0.0;
    EUR = "EUR", Currency, 1.0, 0.0;
    JPY = "JPY", Currency, 1.0, 0.0;
    INR = "INR", Currency, 1.0, 0.0;
    CNY = "CNY", Currency, 1.0, 0.0;
    CHF = "CHF", Currency, 1.0, 0.0;
    CAD = "CAD", Currency, 1.0, 0.0;
    AUD = "AUD", Currency, 1.0, 0.0;
    NZD = "NZD", Currency, 1.0, 0.0;
    HKD = "HKD", Currency, 1.0, 0.0;
    SGD = "SGD", Currency, 1.0, 0.0;
    SEK = "SEK", Currency, 1.0, 0.0;
    NOK = "NOK", Currency, 1.0, 0.0;
    DKK = "DKK", Currency, 1.0, 0.0;
    KRW = "KRW", Currency, 1.0, 0.0;
    RUB = "RUB", Currency, 1.0, 0.0;
    BRL = "BRL", Currency, 1.0, 0.0;
    ZAR = "ZAR", Currency, 1.0, 0.0;
    MYR = "MYR", Currency, 1.0, 0.0;
    AED = "AED", Currency, 1.0, 0.0;
    PLN = "PLN", Currency, 1.0, 0.0;
    DEM = "DEM", Currency, 1.0, 0.0;
    NLG = "NLG", Currency, 1.0, 0.0;
    ITL = "ITL", Currency, 1.0, 0.0;
    ESP = "ESP", Currency, 1.0, 0.0;
    CROWN = "crown", Currency, 1.0, 0.0;
    DEGREE = "degree", Degree, 1.0, 0.0;
    FRANC = "franc", Currency, 1.0, 0.0;
}

/// A currency sign written before the figure ("£30", "US$4m", "€310m").
pub fn currency_symbol(s: &str) -> Option<&'static Unit> {
    Some(match s {
        "£" => &GBP,
        "$" | "US$" | "$US" => &USD,
        "€" => &EUR,
        "¥" => &JPY,
        "₹" | "Rs" | "Rs." => &INR,
        "A$" | "$A" => &AUD,
        "C$" | "CA$" | "$C" => &CAD,
        "NZ$" | "$NZ" => &NZD,
        "HK$" => &HKD,
        "S$" => &SGD,
        "R$" => &BRL,
        "₩" => &KRW,
        "₽" => &RUB,
        _ => return None,
    })
}

/// A currency abbreviation in letters before the figure, as world news
/// writes it ("Rs 40 crore", "RM 2.05", "Dh1.2bn", "kr 50", "zł 6.50"; "R"
/// for rand only glued to its digits, which the caller checks).
pub fn currency_letters(s: &str) -> Option<&'static Unit> {
    Some(match s {
        "Rs" | "Rs." => &INR,
        "RM" => &MYR,
        "Dh" | "Dhs" => &AED,
        "kr" | "Kr" | "kr." => &CROWN,
        "zł" => &PLN,
        "R" => &ZAR,
        _ => return None,
    })
}

/// An ISO code, before or after the figure ("EUR 12", "2mil SEK").
pub fn currency_code(s: &str) -> Option<&'static Unit> {
    Some(match s {
        "GBP" => &GBP,
        "USD" => &USD,
        "EUR" => &EUR,
        "JPY" => &JPY,
        "INR" => &INR,
        "CNY" | "RMB" => &CNY,
        "CHF" => &CHF,
        "CAD" => &CAD,
        "AUD" => &AUD,
        "NZD" => &NZD,
        "HKD" => &HKD,
        "SGD" => &SGD,
        "SEK" => &SEK,
        "NOK" => &NOK,
        "DKK" => &DKK,
        "KRW" => &KRW,
        "RUB" => &RUB,
        "BRL" => &BRL,
        "ZAR" => &ZAR,
        "MYR" => &MYR,
        "AED" => &AED,
        "PLN" => &PLN,
        _ => return None,
    })
}

/// Currency names written after the figure ("30 dollars", "230,000 crowns").
pub fn currency_word(w: &str) -> Option<&'static Unit> {
    Some(match w {
        // "dlrs", "cts", "stg": newswire abbreviations.
        "dollar" | "dollars" | "dlr" | "dlrs" => &USD,
        "pound" | "pounds" | "sterling" | "stg" => &GBP,
        "euro" | "euros" => &EUR,
        "yen" => &JPY,
        "yuan" | "renminbi" => &CNY,
        "rupee" | "rupees" => &INR,
        "crown" | "crowns" | "krona" | "kronor" | "krone" | "kroner" | "kr" => &CROWN,
        "ringgit" => &MYR,
        "guilder" | "guilders" => &NLG,
        "lira" | "lire" => &ITL,
        "peseta" | "pesetas" => &ESP,
        "rand" => &ZAR,
        "dirham" | "dirhams" => &AED,
        "zloty" | "zlotys" | "zł" => &PLN,
        "franc" | "francs" => &FRANC,
        "pence" | "penny" | "pennies" => &PENNY,
        "cent" | "cents" | "cts" => &CENT,
        _ => return None,
    })
}

/// The currency a country's name makes of a general one ("Australian
/// dollars", "Swiss francs", "Swedish crowns"): two dollars of different
/// countries are never one amount.
pub fn national_currency(country: &str, general: &Unit) -> Option<&'static Unit> {
    Some(match (country, general.name) {
        ("US" | "U.S." | "American", "USD") => &USD,
        ("Australian", "USD") => &AUD,
        ("Canadian", "USD") => &CAD,
        ("New Zealand", "USD") => &NZD,
        ("Hong Kong", "USD") => &HKD,
        ("Singapore", "USD") => &SGD,
        ("Swiss", "franc") => &CHF,
        ("Swedish", "crown") => &SEK,
        ("Norwegian", "crown") => &NOK,
        ("Danish", "crown") => &DKK,
        _ => return None,
    })
}

/// A unit written as one token, glued to the digits or after a space. Case
/// matters: `C`/`F` are temperatures, `L` litres, `m` metres.
pub fn unit_symbol(s: &str) -> Option<&'static Unit> {
    Some(match s {
        "mm" => &MILLIMETRE,
        "cm" => &CENTIMETRE,
        "m" => &METRE,
        "km" => &KILOMETRE,
        "ft" => &FOOT,
        "in" => &INCH,
        "yd" | "yds" => &YARD,
        "mi" => &MILE,
        "nm" => &NAUTICAL_MILE,
        "m2" | "m²" | "sqm" => &SQUARE_METRE,
        "km2" | "km²" | "sqkm" => &SQUARE_KILOMETRE,
        "ha" => &HECTARE,
        "ml" | "mL" => &MILLILITRE,
        "cl" => &CENTILITRE,
        "l" | "L" => &LITRE,
        "m3" | "m³" => &CUBIC_METRE,
        "km3" | "km³" => &CUBIC_KILOMETRE,
        "mcg" => &MICROGRAM,
        "mg" => &MILLIGRAM,
        "g" => &GRAM,
        "kg" | "kgs" => &KILOGRAM,
        "t" => &TONNE,
        "lb" | "lbs" => &POUND_MASS,
        "oz" => &OUNCE,
        "st" => &STONE,
        "kmh" | "km/h" | "kph" | "kmph" => &KMH,
        "mph" => &MPH,
        "m/s" => &METRE_PER_SECOND,
        "km/s" => &KM_PER_SECOND,
        "kn" | "kt" | "kts" => &KNOT,
        "C" | "°C" | "ºC" | "℃" => &CELSIUS,
        "F" | "°F" | "ºF" | "℉" => &FAHRENHEIT,
        "sec" | "secs" => &SECOND,
        "min" | "mins" => &MINUTE,
        "hr" | "hrs" | "h" => &HOUR,
        "Wh" => &WATT_HOUR,
        "kWh" => &KILOWATT_HOUR,
        "MWh" => &MEGAWATT_HOUR,
        "GWh" => &GIGAWATT_HOUR,
        "TWh" => &TERAWATT_HOUR,
        "eV" => &ELECTRONVOLT,
        "TeV" => &TERAELECTRONVOLT,
        "W" => &WATT,
        "kW" => &KILOWATT,
        "MW" => &MEGAWATT,
        "GW" => &GIGAWATT,
        "KB" | "kB" => &KILOBYTE,
        "MB" => &MEGABYTE,
        "GB" => &GIGABYTE,
        "TB" => &TERABYTE,
        "MHz" => &MEGAHERTZ,
        "GHz" => &GIGAHERTZ,
        _ => return None,
    })
}

/// A unit written as a (lowercased) word.
pub fn unit_word(w: &str) -> Option<&'static Unit> {
    Some(match w {
        "nanometre" | "nanometres" | "nanometer" | "nanometers" => &NANOMETRE,
        "millimetre" | "millimetres" | "millimeter" | "millimeters" => &MILLIMETRE,
        "centimetre" | "centimetres" | "centimeter" | "centimeters" => &CENTIMETRE,
        "metre" | "metres" | "meter" | "meters" => &METRE,
        "kilometre" | "kilometres" | "kilometer" | "kilometers" => &KILOMETRE,
        "inch" | "inches" => &INCH,
        "degree" | "degrees" => &DEGREE,
        "foot" | "feet" => &FOOT,
        "yard" | "yards" => &YARD,
        "mile" | "miles" => &MILE,
        "furlong" | "furlongs" => &FURLONG,
        "hectare" | "hectares" => &HECTARE,
        "acre" | "acres" => &ACRE,
        "millilitre" | "millilitres" | "milliliter" | "milliliters" => &MILLILITRE,
        "centilitre" | "centilitres" | "centiliter" | "centiliters" => &CENTILITRE,
        "litre" | "litres" | "liter" | "liters" => &LITRE,
        "gallon" | "gallons" => &GALLON,
        "pint" | "pints" => &PINT,
        "barrel" | "barrels" => &BARREL,
        "microgram" | "micrograms" | "microgramme" | "microgrammes" => &MICROGRAM,
        "milligram" | "milligrams" | "milligramme" | "milligrammes" => &MILLIGRAM,
        "gram" | "grams" | "gramme" | "grammes" => &GRAM,
        "kilogram" | "kilograms" | "kilogramme" | "kilogrammes" | "kilo" | "kilos" => &KILOGRAM,
        "tonne" | "tonnes" | "ton" | "tons" => &TONNE,
        "ounce" | "ounces" => &OUNCE,
        "stone" => &STONE,
        "knot" | "knots" => &KNOT,
        "celsius" | "centigrade" => &CELSIUS,
        "fahrenheit" => &FAHRENHEIT,
        "second" | "seconds" => &SECOND,
        "minute" | "minutes" => &MINUTE,
        "hour" | "hours" => &HOUR,
        "day" | "days" => &DAY,
        "week" | "weeks" => &WEEK,
        "month" | "months" => &MONTH,
        "year" | "years" => &YEAR,
        "decade" | "decades" => &DECADE,
        "century" | "centuries" => &CENTURY,
        "watt" | "watts" => &WATT,
        "kilowatt" | "kilowatts" => &KILOWATT,
        "megawatt" | "megawatts" => &MEGAWATT,
        "gigawatt" | "gigawatts" => &GIGAWATT,
        "terawatt" | "terawatts" => &TERAWATT,
        "gigabyte" | "gigabytes" => &GIGABYTE,
        "megabyte" | "megabytes" => &MEGABYTE,
        "terabyte" | "terabytes" => &TERABYTE,
        _ => return None,
    })
}

/// "square" + a length unit.
pub fn square_of(length: &Unit) -> Option<&'static Unit> {
    Some(match length.name {
        "metre" => &SQUARE_METRE,
        "kilometre" => &SQUARE_KILOMETRE,
        "foot" => &SQUARE_FOOT,
        "yard" => &SQUARE_YARD,
        "mile" => &SQUARE_MILE,
        _ => return None,
    })
}

/// "cubic" + a length unit.
pub fn cube_of(length: &Unit) -> Option<&'static Unit> {
    Some(match length.name {
        "metre" => &CUBIC_METRE,
        "kilometre" => &CUBIC_KILOMETRE,
        "centimetre" => &CUBIC_CENTIMETRE,
        "foot" => &CUBIC_FOOT,
        "yard" => &CUBIC_YARD,
        _ => return None,
    })
}

/// A power unit followed by "hour": the energy unit.
pub fn energy_of(power: &Unit) -> Option<&'static Unit> {
    Some(match power.name {
        "watt" => &WATT_HOUR,
        "kilowatt" => &KILOWATT_HOUR,
        "megawatt" => &MEGAWATT_HOUR,
        "gigawatt" => &GIGAWATT_HOUR,
        "terawatt" => &TERAWATT_HOUR,
        _ => return None,
    })
}

/// "<length> per <time>" as a speed unit.
pub fn speed_of(length: &Unit, time: &Unit) -> Option<&'static Unit> {
    Some(match (length.name, time.name) {
        ("kilometre", "hour") => &KMH,
        ("mile", "hour") => &MPH,
        ("metre", "second") => &METRE_PER_SECOND,
        ("kilometre", "second") => &KM_PER_SECOND,
        _ => return None,
    })
}

#[cfg(test)]
mod plural_tests {
    use super::plural;

    #[test]
    fn unit_names_read_as_plurals() {
        assert_eq!(plural("metre"), "metres");
        assert_eq!(plural("foot"), "feet");
        assert_eq!(plural("square mile"), "square miles");
        assert_eq!(plural("mile per hour"), "miles per hour");
        assert_eq!(plural("degree Fahrenheit"), "degrees Fahrenheit");
        assert_eq!(plural("inch"), "inches");
    }
}
