//! A tiny deterministic generator (SplitMix64): the same seed gives the same demo data and
//! the same insights on every machine.

#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    /// A generator for one (seed, key, key) triple: insights of a campaign on a day.
    pub fn for_key(seed: u64, a: u64, b: u64) -> Rng {
        let mut r = Rng::new(seed ^ a.rotate_left(17) ^ b.rotate_left(41));
        r.next_u64();
        r
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in 0..n (n = 0 gives 0).
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next_u64() % n
        }
    }
    /// Uniform in [0, 1) in thousandths.
    pub fn permille(&mut self) -> i64 {
        self.below(1000) as i64
    }
}
