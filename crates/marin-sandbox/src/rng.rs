//! A tiny deterministic generator (SplitMix64, as in symphony-sandbox): the same seed gives the
//! same data on every machine and every version, which a crate's RNG cannot promise.

#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    /// A generator for one derived stream (e.g. one campaign's day), independent of call order.
    pub fn derive(seed: u64, parts: &[u64]) -> Self {
        let mut r = Rng::new(seed);
        for p in parts {
            r.0 ^= p.wrapping_mul(0xBF58_476D_1CE4_E5B9);
            r.next_u64();
        }
        r
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform integer in [lo, hi] (hi >= lo).
    pub fn between(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next_u64() % (hi - lo + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_stream() {
        let a: Vec<u64> = (0..5)
            .map({
                let mut r = Rng::new(7);
                move |_| r.next_u64()
            })
            .collect();
        let b: Vec<u64> = (0..5)
            .map({
                let mut r = Rng::new(7);
                move |_| r.next_u64()
            })
            .collect();
        assert_eq!(a, b);
        let c = Rng::new(8).next_u64();
        assert_ne!(a[0], c);
    }

    #[test]
    fn between_stays_in_its_bounds() {
        let mut r = Rng::derive(1, &[2, 3]);
        for _ in 0..1000 {
            assert!((5..=9).contains(&r.between(5, 9)));
        }
        assert_eq!(r.between(4, 4), 4);
    }
}
