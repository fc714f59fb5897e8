//! Global mute and app-info codes, `openconfigsvr` (spec §7.1 `getappinfo`, §7.4
//! `setnospeaking`/`getnospeaking`, §11.7's 130001–130014). The spec names their numbers per
//! endpoint, not their words; the meanings are what each endpoint's list of errors stands for.

codes! {
    OPENCONFIG_BAD_REQUEST = 130001, Rejected, "bad request: the JSON or a field value is invalid";
    GET_ACCOUNT_MISSING = 130002, Rejected, "Get_Account is missing";
    GET_ACCOUNT_INVALID = 130003, Rejected, "Get_Account is not a string, or not an imported account";
    SET_ACCOUNT_MISSING = 130004, Rejected, "Set_Account is missing";
    SET_ACCOUNT_INVALID = 130005, Rejected, "Set_Account is not a string, or not an imported account";
    NO_MUTE_TIME = 130008, Rejected, "neither C2CmsgNospeakingTime nor GroupmsgNospeakingTime is given";
}
