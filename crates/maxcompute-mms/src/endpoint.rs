//! Where requests go: a region's endpoint, its VPC variant, or an explicit URL.

use std::fmt;

use crate::Error;

/// Regions of MaxCompute this version knows. Another region still works through
/// [`Endpoint::parse`] with its host.
pub const KNOWN_REGIONS: &[&str] = &[
    "cn-hangzhou",
    "cn-shanghai",
    "cn-beijing",
    "cn-zhangjiakou",
    "cn-wulanchabu",
    "cn-huhehaote",
    "cn-shenzhen",
    "cn-heyuan",
    "cn-guangzhou",
    "cn-chengdu",
    "cn-qingdao",
    "cn-nanjing",
    "cn-fuzhou",
    "cn-wuhan-lr",
    "cn-hongkong",
    "cn-shanghai-finance-1",
    "cn-shenzhen-finance-1",
    "cn-beijing-finance-1",
    "cn-north-2-gov-1",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "ap-southeast-5",
    "ap-southeast-6",
    "ap-southeast-7",
    "ap-south-1",
    "us-east-1",
    "us-west-1",
    "eu-central-1",
    "eu-west-1",
    "me-east-1",
    "me-central-1",
    "sa-east-1",
];

/// The scheme and authority (host, optional port) requests are sent to. The authority goes on
/// the wire as `host` and is signed, so it is kept exactly as given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    https: bool,
    authority: String,
}

impl Endpoint {
    /// The public endpoint of `region`: `https://maxcompute.<region>.aliyuncs.com`.
    ///
    /// ```
    /// use maxcompute_mms::Endpoint;
    /// let e = Endpoint::for_region("cn-hangzhou").unwrap();
    /// assert_eq!(e.base_url(), "https://maxcompute.cn-hangzhou.aliyuncs.com");
    /// assert!(Endpoint::for_region("mars-north-1").is_err());
    /// ```
    pub fn for_region(region: &str) -> Result<Endpoint, Error> {
        Ok(Endpoint {
            https: true,
            authority: format!("maxcompute.{}.aliyuncs.com", known_region(region)?),
        })
    }

    /// The VPC endpoint of `region`: `https://maxcompute-vpc.<region>.aliyuncs.com`.
    pub fn for_region_vpc(region: &str) -> Result<Endpoint, Error> {
        Ok(Endpoint {
            https: true,
            authority: format!("maxcompute-vpc.{}.aliyuncs.com", known_region(region)?),
        })
    }

    /// An explicit endpoint: a host (`maxcompute.cn-hangzhou.aliyuncs.com`, HTTPS), a host and
    /// port, or a URL with scheme (`http://127.0.0.1:8080`, for a local emulator).
    ///
    /// ```
    /// use maxcompute_mms::Endpoint;
    /// assert_eq!(Endpoint::parse("http://127.0.0.1:8080/").unwrap().host(), "127.0.0.1:8080");
    /// assert_eq!(Endpoint::parse("example.com").unwrap().base_url(), "https://example.com");
    /// assert!(Endpoint::parse("ftp://example.com").is_err());
    /// assert!(Endpoint::parse("not a url").is_err());
    /// ```
    pub fn parse(endpoint: &str) -> Result<Endpoint, Error> {
        let bad = |problem: &str| Error::InvalidInput {
            what: "endpoint".into(),
            problem: format!("{endpoint:?}: {problem}"),
        };
        let trimmed = endpoint.trim();
        let with_scheme = if trimmed.contains("://") {
            trimmed.to_string()
        } else {
            format!("https://{trimmed}")
        };
        let url = reqwest::Url::parse(&with_scheme).map_err(|e| bad(&e.to_string()))?;
        let https = match url.scheme() {
            "https" => true,
            "http" => false,
            other => return Err(bad(&format!("scheme {other:?} is not http or https"))),
        };
        let host = url
            .host_str()
            .filter(|h| !h.is_empty())
            .ok_or_else(|| bad("no host"))?;
        if !url.username().is_empty() || url.password().is_some() {
            return Err(bad("credentials do not belong in the endpoint"));
        }
        if url.path() != "/" || url.query().is_some() || url.fragment().is_some() {
            return Err(bad("an endpoint has no path, query or fragment"));
        }
        let authority = match url.port() {
            Some(port) => format!("{host}:{port}"),
            None => host.to_string(),
        };
        Ok(Endpoint { https, authority })
    }

    /// The URL requests are built on, without a trailing slash.
    pub fn base_url(&self) -> String {
        format!(
            "{}://{}",
            if self.https { "https" } else { "http" },
            self.authority
        )
    }

    /// The `host` header value: host and, when given, port.
    pub fn host(&self) -> &str {
        &self.authority
    }

    /// Whether requests use TLS.
    pub fn is_https(&self) -> bool {
        self.https
    }
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.base_url())
    }
}

fn known_region(region: &str) -> Result<&str, Error> {
    let region = region.trim();
    if KNOWN_REGIONS.contains(&region) {
        Ok(region)
    } else {
        Err(Error::InvalidInput {
            what: "region".into(),
            problem: format!(
                "{region:?} is not a MaxCompute region this version knows (such as cn-hangzhou, \
                 cn-shanghai, ap-southeast-1); give the endpoint explicitly to reach another"
            ),
        })
    }
}
