//! The UserID rule of the console and the service: 1 to 32 bytes, no control characters.
//! One copy, used by the command line (before sending), the bulk reader and the emulator.

/// The longest UserID the service accepts, in bytes (also the UserSig identifier limit).
pub const MAX_BYTES: usize = crate::usersig::MAX_IDENTIFIER_BYTES;

/// Checks a UserID; the error says what is wrong in words a user can act on.
pub fn validate(user: &str) -> Result<(), String> {
    if user.is_empty() {
        return Err("the UserID is empty".into());
    }
    if user.len() > MAX_BYTES {
        return Err(format!(
            "the UserID is {} bytes; at most {MAX_BYTES} are allowed",
            user.len()
        ));
    }
    if user.chars().any(char::is_control) {
        return Err("the UserID contains control characters".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_ids_follow_the_console_rules() {
        assert!(validate("alice").is_ok());
        assert!(validate("张三").is_ok());
        assert!(validate(&"a".repeat(32)).is_ok());
        assert!(validate(&"a".repeat(33)).is_err());
        assert!(validate("").is_err());
        assert!(validate("a\nb").is_err());
        assert!(validate("a\u{7f}b").is_err());
    }
}
