//! The sample briefings bundled in the binary, so `dossier` with no path works anywhere.

/// `(path as shown, text)` of each seed, in file-name order.
pub const SEEDS: &[(&str, &str)] = &[
    (
        "seeds/000_51789e34180bc4d3.txt",
        include_str!("../seeds/000_51789e34180bc4d3.txt"),
    ),
    (
        "seeds/001_d3f4f7fc72bc7186.txt",
        include_str!("../seeds/001_d3f4f7fc72bc7186.txt"),
    ),
    (
        "seeds/002_2ce60aea3b1a4b8b.txt",
        include_str!("../seeds/002_2ce60aea3b1a4b8b.txt"),
    ),
    (
        "seeds/003_57c4b5575b821834.txt",
        include_str!("../seeds/003_57c4b5575b821834.txt"),
    ),
    (
        "seeds/004_bf5fc222d0da8d07.txt",
        include_str!("../seeds/004_bf5fc222d0da8d07.txt"),
    ),
];
