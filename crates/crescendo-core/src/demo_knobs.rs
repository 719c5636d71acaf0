//! The demo workspace's fixed artist and its test knob, read once when it opens.

/// The demo artist the demo's Meta ad account belongs to (the sandbox's default brand).
#[cfg(feature = "demo")]
pub(crate) const DEMO_META_ARTIST: u64 = 358;

/// `CRESCENDO_DEMO_LOSE_CREATES`: how many demo launches lose their answer (0 when unset or
/// not a small number).
#[cfg(feature = "demo")]
pub(crate) fn demo_lost_creates(value: Option<&str>) -> u32 {
    value
        .and_then(|v| v.trim().parse::<u32>().ok())
        .map_or(0, |n| n.min(100))
}

#[cfg(all(test, feature = "demo"))]
mod demo_tests {
    use super::demo_lost_creates;

    #[test]
    fn the_lost_create_knob_reads_a_small_count_only() {
        assert_eq!(demo_lost_creates(None), 0);
        assert_eq!(demo_lost_creates(Some("2")), 2);
        assert_eq!(demo_lost_creates(Some(" 1 ")), 1);
        assert_eq!(demo_lost_creates(Some("yes")), 0);
        assert_eq!(demo_lost_creates(Some("-1")), 0);
        assert_eq!(demo_lost_creates(Some("100000")), 100);
    }
}
