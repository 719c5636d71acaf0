//! A type-level guard: money is never `f64`.
//!
//! [`Exact`] is sealed (only this crate implements it) and implemented for [`Decimal`],
//! [`Money`], [`Currency`] and the integer types, and for `Option`/`Vec`/`Box` of those; never
//! for `f32`/`f64`, and the orphan rule stops any other crate from adding it. Each crate lists
//! its money-bearing fields with [`assert_exact!`]: if one of them becomes `f64` (or a struct
//! holding one), the crate stops compiling. A grep can miss a type alias; the compiler cannot.
//!
//! ```compile_fail
//! struct Stat { spend: f64 }
//! crescendo_money::assert_exact!(Stat { spend });
//! ```
//!
//! ```
//! struct Stat { spend: crescendo_money::Decimal, clicks: Option<u64> }
//! crescendo_money::assert_exact!(Stat { spend, clicks });
//! ```

use crate::currency::Currency;
use rust_decimal::Decimal;

mod sealed {
    pub trait Sealed {}
}

/// Implemented by exact number types only: see the module docs.
pub trait Exact: sealed::Sealed {}

macro_rules! exact {
    ($($t:ty),+) => { $( impl sealed::Sealed for $t {} impl Exact for $t {} )+ };
}
exact!(Decimal, Money, Currency, u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize);

impl<T: Exact> sealed::Sealed for Option<T> {}
impl<T: Exact> Exact for Option<T> {}
impl<T: Exact> sealed::Sealed for Vec<T> {}
impl<T: Exact> Exact for Vec<T> {}
impl<T: Exact + ?Sized> sealed::Sealed for Box<T> {}
impl<T: Exact + ?Sized> Exact for Box<T> {}

/// An exact amount in a currency from the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Money {
    pub amount: Decimal,
    pub currency: Currency,
}

impl Money {
    pub fn new(amount: Decimal, currency: Currency) -> Money {
        Money { amount, currency }
    }
    /// The amount rounded to the currency's minor unit.
    pub fn rounded(&self) -> Money {
        Money::new(
            crate::round_to_minor(self.amount, &self.currency),
            self.currency,
        )
    }
}

/// Compiles only for an [`Exact`] value: what [`assert_exact!`] calls per field.
pub const fn exact<T: Exact + ?Sized>(_: &T) {}

/// Asserts at compile time that the named fields of a struct are [`Exact`]:
/// `assert_exact!(DailyStat { spend, total_spend, clicks });`
#[macro_export]
macro_rules! assert_exact {
    ($ty:ty { $($field:ident),+ $(,)? }) => {
        const _: () = {
            #[allow(dead_code)]
            fn money_fields_are_exact(v: &$ty) {
                $( $crate::exact::exact(&v.$field); )+
            }
        };
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    // Autoref probe: `Probe(&x).is_exact()` picks the inherent method when `T: Exact`, else
    // falls back to the trait's `false`. Lets a test state which types are exact.
    struct Probe<'a, T>(#[allow(dead_code)] &'a T);
    trait NotExact {
        fn is_exact(&self) -> bool {
            false
        }
    }
    impl<T> NotExact for Probe<'_, T> {}
    impl<T: Exact> Probe<'_, T> {
        fn is_exact(&self) -> bool {
            true
        }
    }

    #[test]
    fn floats_are_not_exact_and_decimals_are() {
        assert!(!Probe(&1.5f64).is_exact());
        assert!(!Probe(&1.5f32).is_exact());
        assert!(!Probe(&Some(1.5f64)).is_exact());
        assert!(!Probe(&vec![1.5f64]).is_exact());
        assert!(!Probe(&String::from("1.5")).is_exact());
        assert!(Probe(&Decimal::ONE).is_exact());
        assert!(Probe(&Some(Decimal::ONE)).is_exact());
        assert!(Probe(&7u64).is_exact());
        assert!(Probe(&vec![Some(7i64)]).is_exact());
        let m = Money::new(Decimal::ONE, Currency::parse("USD").unwrap());
        assert!(Probe(&m).is_exact());
    }

    struct Row {
        spend: Decimal,
        clicks: Option<u64>,
    }
    crate::assert_exact!(Row { spend, clicks });

    #[test]
    fn money_rounds_to_its_currency() {
        let m = Money::new(Decimal::new(12345, 1), Currency::parse("JPY").unwrap());
        assert_eq!(m.rounded().amount.to_string(), "1235");
        let r = Row {
            spend: Decimal::ONE,
            clicks: None,
        };
        assert_eq!((r.spend, r.clicks), (Decimal::ONE, None));
    }
}
