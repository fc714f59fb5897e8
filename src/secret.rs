//! The app's secret key as a type: validated once, never printed. Below every layer that holds
//! one (settings, the REST client, the emulator).

use std::fmt;

/// The app's secret key. Never printed: `Debug` shows only that a key is present.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretKey(String);

impl SecretKey {
    pub fn new(key: String) -> Result<Self, String> {
        let key = key.trim().to_string();
        if key.is_empty() {
            return Err("the secret key is empty".into());
        }
        if key.chars().any(char::is_control) {
            return Err("the secret key contains control characters".into());
        }
        Ok(SecretKey(key))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The key with all but its last 4 characters masked, as `app show` prints it.
    pub fn masked(&self) -> String {
        let chars: Vec<char> = self.0.chars().collect();
        let keep = chars.len().min(4);
        let tail: String = chars[chars.len() - keep..].iter().collect();
        format!("{}{tail}", "*".repeat(8))
    }
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretKey(<redacted>)")
    }
}
