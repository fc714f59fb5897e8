//! Regional REST hosts (spec §1.2), as data.

use std::fmt;

/// A Chat data center. The SDKAppID only works against the one where the app was created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region(&'static RegionInfo);

#[derive(Debug, PartialEq, Eq)]
pub struct RegionInfo {
    pub name: &'static str,
    pub short: &'static str,
    pub host: &'static str,
    pub backup_host: Option<&'static str>,
}

/// Every documented region; the first is the default (where most apps live).
pub const REGIONS: &[RegionInfo] = &[
    RegionInfo {
        name: "china",
        short: "cn",
        host: "console.tim.qq.com",
        backup_host: Some("adminapi.my-imcloud.com"),
    },
    RegionInfo {
        name: "singapore",
        short: "sgp",
        host: "adminapisgp.im.qcloud.com",
        backup_host: Some("adminapisgp.my-imcloud.com"),
    },
    RegionInfo {
        name: "seoul",
        short: "kr",
        host: "adminapikr.im.qcloud.com",
        backup_host: Some("adminapikr.my-imcloud.com"),
    },
    RegionInfo {
        name: "tokyo",
        short: "jpn",
        host: "adminapijpn.im.qcloud.com",
        backup_host: Some("adminapijpn.my-imcloud.com"),
    },
    RegionInfo {
        name: "frankfurt",
        short: "ger",
        host: "adminapiger.im.qcloud.com",
        backup_host: Some("adminapiger.my-imcloud.com"),
    },
    RegionInfo {
        name: "silicon-valley",
        short: "usa",
        host: "adminapiusa.im.qcloud.com",
        backup_host: Some("adminapiusa.my-imcloud.com"),
    },
    RegionInfo {
        name: "jakarta",
        short: "idn",
        host: "adminapiidn.im.qcloud.com",
        backup_host: Some("adminapiidn.my-imcloud.com"),
    },
    RegionInfo {
        name: "mumbai",
        short: "ind",
        host: "adminapiind.im.qcloud.com",
        backup_host: Some("adminapiind.my-imcloud.com"),
    },
    RegionInfo {
        name: "riyadh",
        short: "ksa",
        host: "adminapiksa.im.qcloud.com",
        backup_host: None,
    },
];

impl Default for Region {
    fn default() -> Self {
        Region(&REGIONS[0])
    }
}

impl Region {
    /// Accepts the long name, the short form, or the long name with `_`/spaces for `-`.
    pub fn parse(s: &str) -> Result<Region, String> {
        let wanted = s.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        REGIONS
            .iter()
            .find(|r| r.name == wanted || r.short == wanted)
            .map(Region)
            .ok_or_else(|| {
                let names: Vec<String> = REGIONS
                    .iter()
                    .map(|r| format!("{} ({})", r.name, r.short))
                    .collect();
                format!("unknown region `{s}`; use one of: {}", names.join(", "))
            })
    }

    pub fn info(self) -> &'static RegionInfo {
        self.0
    }

    pub fn name(self) -> &'static str {
        self.0.name
    }

    pub fn base_url(self) -> String {
        format!("https://{}", self.0.host)
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_long_and_short_names() {
        assert_eq!(
            Region::parse("singapore").unwrap().info().host,
            "adminapisgp.im.qcloud.com"
        );
        assert_eq!(Region::parse("SGP").unwrap().name(), "singapore");
        assert_eq!(
            Region::parse("silicon_valley").unwrap().name(),
            "silicon-valley"
        );
        assert_eq!(Region::parse("usa").unwrap().name(), "silicon-valley");
        assert_eq!(Region::default().name(), "china");
        assert!(Region::parse("mars")
            .unwrap_err()
            .contains("singapore (sgp)"));
    }

    #[test]
    fn every_region_has_a_distinct_name_and_short_form() {
        let mut seen = std::collections::HashSet::new();
        for r in REGIONS {
            assert!(seen.insert(r.name) && seen.insert(r.short), "{}", r.name);
            assert!(Region::parse(r.name).is_ok());
        }
    }
}
