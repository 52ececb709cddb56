/**
* | output |
* | --- |
* | "Added to your contacts" |
*
* @param {Activity_AddedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_added: ((inputs?: Activity_AddedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_AddedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Any level" |
*
* @param {Activity_Any_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_any_level: ((inputs?: Activity_Any_LevelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_Any_LevelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Anyone" |
*
* @param {Activity_AnyoneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_anyone: ((inputs?: Activity_AnyoneInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_AnyoneInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{shown} relationship changed {between}." |
* | * | "{shown} relationships changed {between}." |
*
* @param {Activity_Away_ChangedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_away_changed: ((inputs: Activity_Away_ChangedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_Away_ChangedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "By" |
*
* @param {Activity_ByInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_by: ((inputs?: Activity_ByInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_ByInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Cannot be changed" |
*
* @param {Activity_Cannot_ChangeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_cannot_change: ((inputs?: Activity_Cannot_ChangeInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_Cannot_ChangeInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Relationship changes, newest first" |
*
* @param {Activity_CaptionInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_caption: ((inputs?: Activity_CaptionInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_CaptionInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Change" |
*
* @param {Activity_ChangeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_change: ((inputs?: Activity_ChangeInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_ChangeInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Changed by" |
*
* @param {Activity_Changed_ByInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_changed_by: ((inputs?: Activity_Changed_ByInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_Changed_ByInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Contact" |
*
* @param {Activity_ContactInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_contact: ((inputs?: Activity_ContactInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_ContactInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "From" |
*
* @param {Activity_Csv_FromInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_csv_from: ((inputs?: Activity_Csv_FromInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_Csv_FromInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "SIP address" |
*
* @param {Activity_Csv_SipInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_csv_sip: ((inputs?: Activity_Csv_SipInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_Csv_SipInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "To" |
*
* @param {Activity_Csv_ToInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_csv_to: ((inputs?: Activity_Csv_ToInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_Csv_ToInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "When (UTC)" |
*
* @param {Activity_Csv_WhenInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_csv_when: ((inputs?: Activity_Csv_WhenInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_Csv_WhenInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "No relationship changes yet. Changes you make here or from another device or client are listed." |
*
* @param {Activity_EmptyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_empty: ((inputs?: Activity_EmptyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_EmptyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Export CSV" |
*
* @param {Activity_ExportInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_export: ((inputs?: Activity_ExportInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_ExportInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Filter by contact" |
*
* @param {Activity_Filter_ContactInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_filter_contact: ((inputs?: Activity_Filter_ContactInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_Filter_ContactInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Filter activity" |
*
* @param {Activity_FiltersInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_filters: ((inputs?: Activity_FiltersInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_FiltersInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Is {level}" |
*
* @param {Activity_Is_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_is_level: ((inputs: Activity_Is_LevelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_Is_LevelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Level" |
*
* @param {Activity_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_level: ((inputs?: Activity_LevelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_LevelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "No changes match the filter." |
*
* @param {Activity_No_MatchInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_no_match: ((inputs?: Activity_No_MatchInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_No_MatchInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Not in your list" |
*
* @param {Activity_Not_In_ListInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_not_in_list: ((inputs?: Activity_Not_In_ListInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_Not_In_ListInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Removed from your contacts (was {level})" |
*
* @param {Activity_RemovedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_removed: ((inputs: Activity_RemovedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_RemovedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Revert" |
*
* @param {Activity_RevertInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_revert: ((inputs?: Activity_RevertInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_RevertInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Revert {name} to {level}" |
*
* @param {Activity_Revert_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_revert_label: ((inputs: Activity_Revert_LabelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_Revert_LabelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Show all changes" |
*
* @param {Activity_Show_AllInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_show_all: ((inputs?: Activity_Show_AllInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_Show_AllInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Activity" |
*
* @param {Activity_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_title: ((inputs?: Activity_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "to" |
*
* @param {Activity_ToInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_to: ((inputs?: Activity_ToInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_ToInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Was not known" |
*
* @param {Activity_Was_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_was_unknown: ((inputs?: Activity_Was_UnknownInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_Was_UnknownInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "When" |
*
* @param {Activity_WhenInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_when: ((inputs?: Activity_WhenInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_WhenInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "While you were away" |
*
* @param {Activity_While_AwayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_while_away: ((inputs?: Activity_While_AwayInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_While_AwayInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "While you were away:" |
*
* @param {Activity_While_Away_HeadingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_while_away_heading: ((inputs?: Activity_While_Away_HeadingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_While_Away_HeadingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Starting…" |
*
* @param {App_StartingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const app_starting: ((inputs?: App_StartingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<App_StartingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{user} · demo" |
*
* @param {App_User_DemoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const app_user_demo: ((inputs: App_User_DemoInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<App_User_DemoInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{heading}:" |
*
* @param {Banner_Error_HeadingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const banner_error_heading: ((inputs: Banner_Error_HeadingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Banner_Error_HeadingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Next try {when}." |
*
* @param {Banner_Next_TryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const banner_next_try: ((inputs: Banner_Next_TryInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Banner_Next_TryInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{headline} Reconnecting…" |
*
* @param {Banner_ReconnectingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const banner_reconnecting: ((inputs: Banner_ReconnectingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Banner_ReconnectingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Retry now" |
*
* @param {Banner_Retry_NowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const banner_retry_now: ((inputs?: Banner_Retry_NowInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Banner_Retry_NowInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Sign in again" |
*
* @param {Banner_Sign_In_AgainInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const banner_sign_in_again: ((inputs?: Banner_Sign_In_AgainInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Banner_Sign_In_AgainInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Signed out." |
*
* @param {Banner_Signed_OutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const banner_signed_out: ((inputs?: Banner_Signed_OutInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Banner_Signed_OutInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Change" |
*
* @param {Bulk_ChangeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_change: ((inputs?: Bulk_ChangeInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Bulk_ChangeInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Change all of them to" |
*
* @param {Bulk_Change_All_ToInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_change_all_to: ((inputs?: Bulk_Change_All_ToInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Bulk_Change_All_ToInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Change {n} contact" |
* | * | "Change {n} contacts" |
*
* @param {Bulk_Change_CountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_change_count: ((inputs: Bulk_Change_CountInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Bulk_Change_CountInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Choose a level…" |
*
* @param {Bulk_Choose_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_choose_level: ((inputs?: Bulk_Choose_LevelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Bulk_Choose_LevelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Clear selection" |
*
* @param {Bulk_ClearInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_clear: ((inputs?: Bulk_ClearInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Bulk_ClearInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{n} {level}" |
*
* @param {Bulk_Level_CountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_level_count: ((inputs: Bulk_Level_CountInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Bulk_Level_CountInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{names} and {n} more" |
* | * | "{names} and {n} more" |
*
* @param {Bulk_Names_MoreInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_names_more: ((inputs: Bulk_Names_MoreInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Bulk_Names_MoreInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Now: {levels}." |
*
* @param {Bulk_NowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_now: ((inputs: Bulk_NowInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Bulk_NowInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "You can change them once connected." |
*
* @param {Bulk_OfflineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_offline: ((inputs?: Bulk_OfflineInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Bulk_OfflineInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Changing {done} of {total}…" |
*
* @param {Bulk_ProgressInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_progress: ((inputs: Bulk_ProgressInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Bulk_ProgressInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Changes applied" |
*
* @param {Bulk_Progress_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_progress_label: ((inputs?: Bulk_Progress_LabelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Bulk_Progress_LabelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} contact selected" |
* | * | "{n} contacts selected" |
*
* @param {Bulk_SelectedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_selected: ((inputs: Bulk_SelectedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Bulk_SelectedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} contact left as they are" |
* | * | "{n} contacts left as they are" |
*
* @param {Bulk_SkippedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_skipped: ((inputs: Bulk_SkippedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Bulk_SkippedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Can use" |
*
* @param {Card_Can_UseInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_can_use: ((inputs?: Card_Can_UseInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Card_Can_UseInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Company" |
*
* @param {Card_CompanyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_company: ((inputs?: Card_CompanyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Card_CompanyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Department" |
*
* @param {Card_DepartmentInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_department: ((inputs?: Card_DepartmentInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Card_DepartmentInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Could not load all details: {reason}" |
*
* @param {Card_Details_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_details_failed: ((inputs: Card_Details_FailedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Card_Details_FailedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "E-mail" |
*
* @param {Card_EmailInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_email: ((inputs?: Card_EmailInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Card_EmailInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "· active {time}" |
*
* @param {Card_Last_ActiveInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_last_active: ((inputs: Card_Last_ActiveInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Card_Last_ActiveInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Location" |
*
* @param {Card_LocationInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_location: ((inputs?: Card_LocationInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Card_LocationInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Note:" |
*
* @param {Card_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_note: ((inputs?: Card_NoteInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Card_NoteInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Out of office:" |
*
* @param {Card_Note_Out_Of_OfficeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_note_out_of_office: ((inputs?: Card_Note_Out_Of_OfficeInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Card_Note_Out_Of_OfficeInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Office" |
*
* @param {Card_OfficeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_office: ((inputs?: Card_OfficeInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Card_OfficeInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Home phone" |
*
* @param {Card_Phone_HomeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_phone_home: ((inputs?: Card_Phone_HomeInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Card_Phone_HomeInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Mobile phone" |
*
* @param {Card_Phone_MobileInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_phone_mobile: ((inputs?: Card_Phone_MobileInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Card_Phone_MobileInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Other phone" |
*
* @param {Card_Phone_OtherInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_phone_other: ((inputs?: Card_Phone_OtherInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Card_Phone_OtherInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Work phone" |
*
* @param {Card_Phone_WorkInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_phone_work: ((inputs?: Card_Phone_WorkInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Card_Phone_WorkInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Photo of {name}" |
*
* @param {Card_Photo_OfInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_photo_of: ((inputs: Card_Photo_OfInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Card_Photo_OfInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "SIP address" |
*
* @param {Card_Sip_AddressInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_sip_address: ((inputs?: Card_Sip_AddressInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Card_Sip_AddressInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Source network" |
*
* @param {Card_Source_NetworkInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_source_network: ((inputs?: Card_Source_NetworkInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Card_Source_NetworkInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server ended the session." |
*
* @param {Channel_EndedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_ended: ((inputs?: Channel_EndedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_EndedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server does not allow this app to connect." |
*
* @param {Channel_Ended_Agent_Not_AllowedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_ended_agent_not_allowed: ((inputs?: Channel_Ended_Agent_Not_AllowedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_Ended_Agent_Not_AllowedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The session expired after a long time without contact with the server." |
*
* @param {Channel_Ended_ExpiredInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_ended_expired: ((inputs?: Channel_Ended_ExpiredInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_Ended_ExpiredInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "You are signed in on too many devices. Sign out somewhere else and try again." |
*
* @param {Channel_Ended_Too_ManyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_ended_too_many: ((inputs?: Channel_Ended_Too_ManyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_Ended_Too_ManyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The network is unavailable." |
*
* @param {Channel_NetworkInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_network: ((inputs?: Channel_NetworkInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_NetworkInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server sent an answer that could not be understood." |
*
* @param {Channel_Not_UnderstoodInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_not_understood: ((inputs?: Channel_Not_UnderstoodInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_Not_UnderstoodInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The connection was lost for too long." |
*
* @param {Channel_Outage_Too_LongInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_outage_too_long: ((inputs?: Channel_Outage_Too_LongInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_Outage_Too_LongInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server no longer accepts your password. Sign in again." |
*
* @param {Channel_Password_RefusedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_password_refused: ((inputs?: Channel_Password_RefusedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_Password_RefusedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server refused the connection (HTTP {status})." |
*
* @param {Channel_RefusedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_refused: ((inputs: Channel_RefusedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_RefusedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server had a problem (HTTP {status})." |
*
* @param {Channel_Server_ErrorInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_server_error: ((inputs: Channel_Server_ErrorInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_Server_ErrorInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server no longer knows this session." |
*
* @param {Channel_Session_LostInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_session_lost: ((inputs?: Channel_Session_LostInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_Session_LostInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server keeps refusing our sign-in." |
*
* @param {Channel_Sign_In_RefusedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_sign_in_refused: ((inputs?: Channel_Sign_In_RefusedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_Sign_In_RefusedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server did not answer in time." |
*
* @param {Channel_TimeoutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_timeout: ((inputs?: Channel_TimeoutInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_TimeoutInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server's security certificate could not be verified, so the connection was not made." |
*
* @param {Channel_Untrusted_CertificateInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_untrusted_certificate: ((inputs?: Channel_Untrusted_CertificateInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_Untrusted_CertificateInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server sent something we cannot use." |
*
* @param {Channel_Unusable_AnswerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_unusable_answer: ((inputs?: Channel_Unusable_AnswerInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_Unusable_AnswerInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "commands:" |
*
* @param {Cli_CommandsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_commands: ((inputs?: Cli_CommandsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_CommandsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "find people, add them to a group, take them out of one or all" |
*
* @param {Cli_Contacts_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_contacts_summary: ((inputs?: Cli_Contacts_SummaryInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Contacts_SummaryInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "--contacts must be a whole number up to 100000" |
*
* @param {Cli_Contacts_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_contacts_values: ((inputs?: Cli_Contacts_ValuesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Contacts_ValuesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "print each UCWA representation as the normalised model" |
*
* @param {Cli_Decode_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_decode_summary: ((inputs?: Cli_Decode_SummaryInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Decode_SummaryInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "--format must be json or xml" |
*
* @param {Cli_Format_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_format_values: ((inputs?: Cli_Format_ValuesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Format_ValuesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "\"{name}\" was not created" |
*
* @param {Cli_Group_Not_CreatedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_group_not_created: ((inputs: Cli_Group_Not_CreatedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Group_Not_CreatedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "list, create, rename or delete contact groups" |
*
* @param {Cli_Groups_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_groups_summary: ((inputs?: Cli_Groups_SummaryInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Groups_SummaryInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "--host must be a loopback address (127.0.0.0/8, localhost or ::1)" |
*
* @param {Cli_Host_LoopbackInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_host_loopback: ((inputs?: Cli_Host_LoopbackInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Host_LoopbackInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "(now {level})" |
*
* @param {Cli_Level_NowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_level_now: ((inputs: Cli_Level_NowInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Level_NowInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "LEVEL must be one of {levels}" |
*
* @param {Cli_Level_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_level_values: ((inputs: Cli_Level_ValuesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Level_ValuesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "--limit must be a number from 1 to 100" |
*
* @param {Cli_Limit_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_limit_values: ((inputs?: Cli_Limit_ValuesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Limit_ValuesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "neither JSON nor XML" |
*
* @param {Cli_Neither_Json_Nor_XmlInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_neither_json_nor_xml: ((inputs?: Cli_Neither_Json_Nor_XmlInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Neither_Json_Nor_XmlInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "no password: use --password-stdin or set UCWA_PASSWORD" |
*
* @param {Cli_No_PasswordInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_no_password: ((inputs?: Cli_No_PasswordInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_No_PasswordInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "there is no group \"{group}\"" |
*
* @param {Cli_No_Such_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_no_such_group: ((inputs: Cli_No_Such_GroupInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_No_Such_GroupInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{contact} is not in your contacts." |
*
* @param {Cli_Not_In_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_not_in_contacts: ((inputs: Cli_Not_In_ContactsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Not_In_ContactsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{uri} is not tagged" |
*
* @param {Cli_Not_TaggedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_not_tagged: ((inputs: Cli_Not_TaggedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Not_TaggedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "cancelled" |
*
* @param {Cli_Password_CancelledInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_password_cancelled: ((inputs?: Cli_Password_CancelledInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Password_CancelledInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "the first line of standard input is too long" |
*
* @param {Cli_Password_Line_Too_LongInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_password_line_too_long: ((inputs?: Cli_Password_Line_Too_LongInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Password_Line_Too_LongInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Passwords are read from standard input (--password-stdin: typed without echo at a terminal, else the first line) or the UCWA_PASSWORD environment variable, n..." |
*
* @param {Cli_Password_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_password_note: ((inputs?: Cli_Password_NoteInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Password_NoteInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Password:" |
*
* @param {Cli_Password_PromptInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_password_prompt: ((inputs?: Cli_Password_PromptInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Password_PromptInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "the password could not be read: {reason}" |
*
* @param {Cli_Password_UnreadableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_password_unreadable: ((inputs: Cli_Password_UnreadableInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Password_UnreadableInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "--port must be 0–65535, got \"{port}\"" |
*
* @param {Cli_Port_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_port_values: ((inputs: Cli_Port_ValuesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Port_ValuesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "read, change or reset one level" |
*
* @param {Cli_Relationship_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_relationship_summary: ((inputs?: Cli_Relationship_SummaryInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Relationship_SummaryInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Reset to auto-assigned: {sentence}." |
*
* @param {Cli_Reset_DoneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_reset_done: ((inputs: Cli_Reset_DoneInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Reset_DoneInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "signed out" |
*
* @param {Cli_Signed_OutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_signed_out: ((inputs?: Cli_Signed_OutInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Signed_OutInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "start the UCWA simulator (first line: JSON with discoverUrl, user, password)" |
*
* @param {Cli_Sim_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_sim_summary: ((inputs?: Cli_Sim_SummaryInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Sim_SummaryInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "the state file {path} could not be read, so nothing is compared this time; it is written again from now on" |
*
* @param {Cli_State_DamagedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_state_damaged: ((inputs: Cli_State_DamagedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_State_DamagedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "--state needs a file name" |
*
* @param {Cli_State_OptionInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_state_option: ((inputs?: Cli_State_OptionInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_State_OptionInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "tag contacts for status-change alerts, untag them, list who is tagged" |
*
* @param {Cli_Tag_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_tag_summary: ((inputs?: Cli_Tag_SummaryInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Tag_SummaryInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "--type must be json or xml" |
*
* @param {Cli_Type_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_type_values: ((inputs?: Cli_Type_ValuesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Type_ValuesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "unknown command \"{name}\"" |
*
* @param {Cli_Unknown_CommandInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_unknown_command: ((inputs: Cli_Unknown_CommandInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Unknown_CommandInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "usage: npm run --silent ucwa -- <command> [options]" |
*
* @param {Cli_UsageInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_usage: ((inputs?: Cli_UsageInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_UsageInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "usage: {syntax}" |
*
* @param {Cli_Usage_LineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_usage_line: ((inputs: Cli_Usage_LineInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Usage_LineInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "sign in and stream NDJSON events" |
*
* @param {Cli_Watch_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_watch_summary: ((inputs?: Cli_Watch_SummaryInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Watch_SummaryInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Your server does not show contact groups to apps." |
*
* @param {Contactlist_AbsentInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_absent: ((inputs?: Contactlist_AbsentInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contactlist_AbsentInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "This person is already in that group." |
*
* @param {Contactlist_Already_In_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_already_in_group: ((inputs?: Contactlist_Already_In_GroupInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contactlist_Already_In_GroupInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Delegates are set in Skype for Business or Outlook: the server offers apps no way to change them." |
*
* @param {Contactlist_Delegates_Read_OnlyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_delegates_read_only: ((inputs?: Contactlist_Delegates_Read_OnlyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contactlist_Delegates_Read_OnlyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "There is already a group with that name. Choose another name." |
*
* @param {Contactlist_Duplicate_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_duplicate_group: ((inputs?: Contactlist_Duplicate_GroupInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contactlist_Duplicate_GroupInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Your contact groups could not be read. They are tried again on the next change." |
*
* @param {Contactlist_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_failed: ((inputs?: Contactlist_FailedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contactlist_FailedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Your contact list is full: the server allows no more contacts. Remove someone first." |
*
* @param {Contactlist_FullInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_full: ((inputs?: Contactlist_FullInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contactlist_FullInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The group was changed elsewhere meanwhile. It has been reloaded; try again." |
*
* @param {Contactlist_Group_ChangedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_group_changed: ((inputs?: Contactlist_Group_ChangedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contactlist_Group_ChangedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{uri} is not in {group}." |
*
* @param {Contactlist_Member_Not_In_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_member_not_in_group: ((inputs: Contactlist_Member_Not_In_GroupInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contactlist_Member_Not_In_GroupInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Your server does not offer search to apps." |
*
* @param {Contactlist_No_SearchInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_no_search: ((inputs?: Contactlist_No_SearchInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contactlist_No_SearchInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "That group is no longer in your contact list." |
*
* @param {Contactlist_No_Such_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_no_such_group: ((inputs?: Contactlist_No_Such_GroupInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contactlist_No_Such_GroupInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Only your own groups can be renamed or deleted: Favorites, Other Contacts and the groups the server keeps cannot." |
*
* @param {Contactlist_Only_Own_GroupsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_only_own_groups: ((inputs?: Contactlist_Only_Own_GroupsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contactlist_Only_Own_GroupsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{uri} was not found; search for them first." |
*
* @param {Contactlist_Person_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_person_not_found: ((inputs: Contactlist_Person_Not_FoundInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contactlist_Person_Not_FoundInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Your server does not let apps change your contact list (it needs the unified contact store), so adding, removing and groups are not offered here." |
*
* @param {Contactlist_Read_OnlyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_read_only: ((inputs?: Contactlist_Read_OnlyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contactlist_Read_OnlyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "All levels" |
*
* @param {Contacts_All_LevelsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_all_levels: ((inputs?: Contacts_All_LevelsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_All_LevelsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Select all" |
*
* @param {Contacts_Group_Select_AllInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_group_select_all: ((inputs?: Contacts_Group_Select_AllInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_Group_Select_AllInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Select all {count} in {group}" |
*
* @param {Contacts_Group_Select_All_InInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_group_select_all_in: ((inputs: Contacts_Group_Select_All_InInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_Group_Select_All_InInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Jump to" |
*
* @param {Contacts_JumpInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_jump: ((inputs?: Contacts_JumpInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_JumpInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "a group…" |
*
* @param {Contacts_Jump_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_jump_group: ((inputs?: Contacts_Jump_GroupInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_Jump_GroupInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "No company" |
*
* @param {Contacts_No_CompanyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_no_company: ((inputs?: Contacts_No_CompanyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_No_CompanyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "No contacts match." |
*
* @param {Contacts_None_MatchInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_none_match: ((inputs?: Contacts_None_MatchInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_None_MatchInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Select a contact to see their details and what they see about you. Ctrl+click or Shift+click to pick several and change them together; right-click a contact ..." |
*
* @param {Contacts_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_placeholder: ((inputs?: Contacts_PlaceholderInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_PlaceholderInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "saving" |
*
* @param {Contacts_Row_SavingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_row_saving: ((inputs?: Contacts_Row_SavingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_Row_SavingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "selected" |
*
* @param {Contacts_Row_SelectedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_row_selected: ((inputs?: Contacts_Row_SelectedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_Row_SelectedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Search contacts" |
*
* @param {Contacts_SearchInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_search: ((inputs?: Contacts_SearchInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_SearchInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Search by name, title, e-mail, company or department (Ctrl+F)" |
*
* @param {Contacts_Search_HintInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_search_hint: ((inputs?: Contacts_Search_HintInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_Search_HintInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Select all {n}" |
*
* @param {Contacts_Select_ShownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_select_shown: ((inputs: Contacts_Select_ShownInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_Select_ShownInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Show level" |
*
* @param {Contacts_Show_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_show_level: ((inputs?: Contacts_Show_LevelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_Show_LevelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} contact of {total}" |
* | * | "{n} contacts of {total}" |
*
* @param {Contacts_Shown_OfInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_shown_of: ((inputs: Contacts_Shown_OfInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_Shown_OfInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Sort" |
*
* @param {Contacts_SortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_sort: ((inputs?: Contacts_SortInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_SortInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "by company" |
*
* @param {Contacts_Sort_CompanyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_sort_company: ((inputs?: Contacts_Sort_CompanyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_Sort_CompanyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "by last change" |
*
* @param {Contacts_Sort_Last_ChangeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_sort_last_change: ((inputs?: Contacts_Sort_Last_ChangeInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_Sort_Last_ChangeInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "by level" |
*
* @param {Contacts_Sort_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_sort_level: ((inputs?: Contacts_Sort_LevelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_Sort_LevelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "by name" |
*
* @param {Contacts_Sort_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_sort_name: ((inputs?: Contacts_Sort_NameInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_Sort_NameInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Contacts" |
*
* @param {Contacts_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_title: ((inputs?: Contacts_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Block" |
*
* @param {Dialog_BlockInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const dialog_block: ((inputs?: Dialog_BlockInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dialog_BlockInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{who} will see {what} through Skype for Business." |
* | * | "They will see {what}, each of them through Skype for Business." |
*
* @param {Dialog_Block_BodyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const dialog_block_body: ((inputs: Dialog_Block_BodyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dialog_Block_BodyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Block {who}?" |
*
* @param {Dialog_Block_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const dialog_block_title: ((inputs: Dialog_Block_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dialog_Block_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Cancel" |
*
* @param {Dialog_CancelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const dialog_cancel: ((inputs?: Dialog_CancelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dialog_CancelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "No Skype for Business server answered for {domain}. Tried: {hosts}." |
*
* @param {Discovery_No_AnswerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const discovery_no_answer: ((inputs: Discovery_No_AnswerInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Discovery_No_AnswerInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Your account is locked" |
*
* @param {Err_Account_LockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_account_locked: ((inputs?: Err_Account_LockedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Account_LockedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Enter your sign-in address as name@company.com." |
*
* @param {Err_Address_FormatInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_address_format: ((inputs?: Err_Address_FormatInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Address_FormatInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server address is not one the app can use." |
*
* @param {Err_Bad_ServerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_bad_server: ((inputs?: Err_Bad_ServerInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Bad_ServerInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Check both and try again. The sign-in address is usually your work e-mail address." |
*
* @param {Err_Check_BothInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_check_both: ((inputs?: Err_Check_BothInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Check_BothInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server does not allow this" |
*
* @param {Err_ForbiddenInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_forbidden: ((inputs?: Err_ForbiddenInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_ForbiddenInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server address is not secure" |
*
* @param {Err_Insecure_UrlInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_insecure_url: ((inputs?: Err_Insecure_UrlInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Insecure_UrlInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Please check what you entered" |
*
* @param {Err_Invalid_ArgumentInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_invalid_argument: ((inputs?: Err_Invalid_ArgumentInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Invalid_ArgumentInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Wrong sign-in address or password" |
*
* @param {Err_Invalid_GrantInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_invalid_grant: ((inputs?: Err_Invalid_GrantInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Invalid_GrantInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Cannot reach the server" |
*
* @param {Err_NetworkInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_network: ((inputs?: Err_NetworkInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_NetworkInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The app did not answer ({reason})." |
*
* @param {Err_No_AnswerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_no_answer: ((inputs: Err_No_AnswerInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_No_AnswerInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Your password cannot be remembered on this computer" |
*
* @param {Err_No_KeyringInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_no_keyring: ((inputs?: Err_No_KeyringInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_No_KeyringInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Not available right now" |
*
* @param {Err_Not_AvailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_not_available: ((inputs?: Err_Not_AvailableInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Not_AvailableInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "You are signed out" |
*
* @param {Err_Not_Signed_InInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_not_signed_in: ((inputs?: Err_Not_Signed_InInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Not_Signed_InInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The password is too long." |
*
* @param {Err_Password_Too_LongInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_password_too_long: ((inputs?: Err_Password_Too_LongInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Password_Too_LongInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Server not found" |
*
* @param {Err_Server_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_server_not_found: ((inputs?: Err_Server_Not_FoundInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Server_Not_FoundInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server had a problem" |
*
* @param {Err_Service_FailureInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_service_failure: ((inputs?: Err_Service_FailureInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Service_FailureInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server did not answer in time" |
*
* @param {Err_TimeoutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_timeout: ((inputs?: Err_TimeoutInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_TimeoutInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server's certificate is not trusted" |
*
* @param {Err_TlsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_tls: ((inputs?: Err_TlsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_TlsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Something went wrong" |
*
* @param {Err_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_unknown: ((inputs?: Err_UnknownInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_UnknownInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server pointed somewhere else" |
*
* @param {Err_Untrusted_HostInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_untrusted_host: ((inputs?: Err_Untrusted_HostInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Err_Untrusted_HostInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The request was cancelled." |
*
* @param {Error_AbortedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_aborted: ((inputs?: Error_AbortedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_AbortedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Your account is locked or disabled. Contact your administrator." |
*
* @param {Error_Account_LockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_account_locked: ((inputs?: Error_Account_LockedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Account_LockedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server rejected the request as invalid." |
*
* @param {Error_Bad_RequestInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_bad_request: ((inputs?: Error_Bad_RequestInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Bad_RequestInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "It was issued by a certificate authority this computer does not trust; your administrator can add it to the trusted ones." |
*
* @param {Error_Certificate_AuthorityInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_certificate_authority: ((inputs?: Error_Certificate_AuthorityInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Certificate_AuthorityInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "It has expired or is not valid yet; check this computer's date and time." |
*
* @param {Error_Certificate_DateInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_certificate_date: ((inputs?: Error_Certificate_DateInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Certificate_DateInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "It was issued for a different server name." |
*
* @param {Error_Certificate_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_certificate_name: ((inputs?: Error_Certificate_NameInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Certificate_NameInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "It has been revoked." |
*
* @param {Error_Certificate_RevokedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_certificate_revoked: ((inputs?: Error_Certificate_RevokedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Certificate_RevokedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The request took too long to send. Try again." |
*
* @param {Error_Client_TimeoutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_client_timeout: ((inputs?: Error_Client_TimeoutInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Client_TimeoutInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The change conflicts with the current state on the server. Try again." |
*
* @param {Error_ConflictInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_conflict: ((inputs?: Error_ConflictInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_ConflictInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "This contact is not in your list." |
*
* @param {Error_Contact_Not_In_ListInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_contact_not_in_list: ((inputs?: Error_Contact_Not_In_ListInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Contact_Not_In_ListInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The request was too large for the server." |
*
* @param {Error_Entity_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_entity_too_large: ((inputs?: Error_Entity_Too_LargeInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Entity_Too_LargeInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server could not reach Exchange. Try again later." |
*
* @param {Error_Exchange_Service_FailureInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_exchange_service_failure: ((inputs?: Error_Exchange_Service_FailureInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Exchange_Service_FailureInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "You are not allowed to do this." |
*
* @param {Error_ForbiddenInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_forbidden: ((inputs?: Error_ForbiddenInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_ForbiddenInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "This request did not come from UCWA Tray." |
*
* @param {Error_Foreign_SenderInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_foreign_sender: ((inputs?: Error_Foreign_SenderInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Foreign_SenderInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "A server on the way did not answer in time. Try again in a moment." |
*
* @param {Error_Gateway_TimeoutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_gateway_timeout: ((inputs?: Error_Gateway_TimeoutInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Gateway_TimeoutInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Your session has ended. Sign in again." |
*
* @param {Error_GoneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_gone: ((inputs?: Error_GoneInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_GoneInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server answered with an unexpected error." |
*
* @param {Error_Http_ErrorInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_http_error: ((inputs?: Error_Http_ErrorInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Http_ErrorInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server sent an informational notice." |
*
* @param {Error_InformationalInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_informational: ((inputs?: Error_InformationalInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_InformationalInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server address is not secure (https is required), so it was not used." |
*
* @param {Error_Insecure_UrlInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_insecure_url: ((inputs?: Error_Insecure_UrlInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Insecure_UrlInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Something went wrong. Try again." |
*
* @param {Error_InternalInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_internal: ((inputs?: Error_InternalInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_InternalInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The user name or password is incorrect." |
*
* @param {Error_Invalid_GrantInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_invalid_grant: ((inputs?: Error_Invalid_GrantInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Invalid_GrantInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Invalid request ({detail})." |
*
* @param {Error_Invalid_RequestInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_invalid_request: ((inputs: Error_Invalid_RequestInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Invalid_RequestInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The operation failed on this computer." |
*
* @param {Error_Local_FailureInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_local_failure: ((inputs?: Error_Local_FailureInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Local_FailureInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server sent an answer that could not be understood." |
*
* @param {Error_Malformed_ResponseInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_malformed_response: ((inputs?: Error_Malformed_ResponseInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Malformed_ResponseInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server does not allow this operation." |
*
* @param {Error_Method_Not_AllowedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_method_not_allowed: ((inputs?: Error_Method_Not_AllowedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Method_Not_AllowedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server could not be reached. Check your network connection." |
*
* @param {Error_NetworkInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_network: ((inputs?: Error_NetworkInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_NetworkInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server gave no answer for this change. Try again." |
*
* @param {Error_No_Answer_For_ChangeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_no_answer_for_change: ((inputs?: Error_No_Answer_For_ChangeInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_No_Answer_For_ChangeInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server cannot answer in the requested format." |
*
* @param {Error_Not_AcceptableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_not_acceptable: ((inputs?: Error_Not_AcceptableInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Not_AcceptableInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server does not offer this operation for this contact." |
*
* @param {Error_Not_AvailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_not_available: ((inputs?: Error_Not_AvailableInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Not_AvailableInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The item no longer exists on the server." |
*
* @param {Error_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_not_found: ((inputs?: Error_Not_FoundInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Not_FoundInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Someone else changed this in the meantime. The current value has been reloaded." |
*
* @param {Error_Precondition_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_precondition_failed: ((inputs?: Error_Precondition_FailedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Precondition_FailedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server requires the current version before a change. Reload and try again." |
*
* @param {Error_Precondition_RequiredInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_precondition_required: ((inputs?: Error_Precondition_RequiredInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Precondition_RequiredInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The other party could not complete the operation." |
*
* @param {Error_Remote_FailureInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_remote_failure: ((inputs?: Error_Remote_FailureInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Remote_FailureInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server sent an answer far larger than any real one, so it was not read." |
*
* @param {Error_Response_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_response_too_large: ((inputs?: Error_Response_Too_LargeInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Response_Too_LargeInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "No Skype for Business server was found for this address." |
*
* @param {Error_Server_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_server_not_found: ((inputs?: Error_Server_Not_FoundInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Server_Not_FoundInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server had an internal error. Try again later." |
*
* @param {Error_Service_FailureInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_service_failure: ((inputs?: Error_Service_FailureInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Service_FailureInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server is temporarily unavailable. Try again later." |
*
* @param {Error_Service_UnavailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_service_unavailable: ((inputs?: Error_Service_UnavailableInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Service_UnavailableInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Something went wrong." |
*
* @param {Error_Something_Went_WrongInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_something_went_wrong: ((inputs?: Error_Something_Went_WrongInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Something_Went_WrongInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server took too long to answer. Try again in a moment." |
*
* @param {Error_TimeoutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_timeout: ((inputs?: Error_TimeoutInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_TimeoutInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server's security certificate could not be verified, so the connection was not made." |
*
* @param {Error_TlsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_tls: ((inputs?: Error_TlsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_TlsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "You are signed in on too many devices. Sign out somewhere else and try again." |
*
* @param {Error_Too_Many_ApplicationsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_too_many_applications: ((inputs?: Error_Too_Many_ApplicationsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Too_Many_ApplicationsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server is busy. Try again in a moment." |
*
* @param {Error_Too_Many_RequestsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_too_many_requests: ((inputs?: Error_Too_Many_RequestsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Too_Many_RequestsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server did not accept your sign-in. Sign in again." |
*
* @param {Error_UnauthorizedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_unauthorized: ((inputs?: Error_UnauthorizedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_UnauthorizedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Unknown request." |
*
* @param {Error_Unknown_RequestInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_unknown_request: ((inputs?: Error_Unknown_RequestInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Unknown_RequestInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server did not accept the format of the request." |
*
* @param {Error_Unsupported_Media_TypeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_unsupported_media_type: ((inputs?: Error_Unsupported_Media_TypeInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Unsupported_Media_TypeInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "and {n} more" |
* | * | "and {n} more" |
*
* @param {Feedback_And_MoreInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const feedback_and_more: ((inputs: Feedback_And_MoreInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Feedback_And_MoreInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Dismiss" |
*
* @param {Feedback_DismissInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const feedback_dismiss: ((inputs?: Feedback_DismissInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Feedback_DismissInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Who was not changed" |
*
* @param {Feedback_Not_ChangedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const feedback_not_changed: ((inputs?: Feedback_Not_ChangedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Feedback_Not_ChangedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Show" |
*
* @param {Feedback_ShowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const feedback_show: ((inputs?: Feedback_ShowInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Feedback_ShowInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Undo" |
*
* @param {Feedback_UndoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const feedback_undo: ((inputs?: Feedback_UndoInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Feedback_UndoInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "between {from} and {to}" |
*
* @param {Format_BetweenInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_between: ((inputs: Format_BetweenInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_BetweenInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "changed {between}" |
*
* @param {Format_Changed_BetweenInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_changed_between: ((inputs: Format_Changed_BetweenInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Changed_BetweenInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} contact" |
* | * | "{n} contacts" |
*
* @param {Format_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_contacts: ((inputs: Format_ContactsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_ContactsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "in {n} min" |
*
* @param {Format_Countdown_MinutesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_countdown_minutes: ((inputs: Format_Countdown_MinutesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Countdown_MinutesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "now" |
*
* @param {Format_Countdown_NowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_countdown_now: ((inputs?: Format_Countdown_NowInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Countdown_NowInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "in {n} s" |
*
* @param {Format_Countdown_SecondsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_countdown_seconds: ((inputs: Format_Countdown_SecondsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Countdown_SecondsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{n} h ago" |
*
* @param {Format_Hours_AgoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_hours_ago: ((inputs: Format_Hours_AgoInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Hours_AgoInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "just now" |
*
* @param {Format_Just_NowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_just_now: ((inputs?: Format_Just_NowInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Just_NowInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{n} min ago" |
*
* @param {Format_Minutes_AgoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_minutes_ago: ((inputs: Format_Minutes_AgoInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Minutes_AgoInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Audio calls" |
*
* @param {Format_Modality_AudioInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_modality_audio: ((inputs?: Format_Modality_AudioInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Modality_AudioInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Instant messages" |
*
* @param {Format_Modality_MessagingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_modality_messaging: ((inputs?: Format_Modality_MessagingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Modality_MessagingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Phone calls" |
*
* @param {Format_Modality_Phone_AudioInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_modality_phone_audio: ((inputs?: Format_Modality_Phone_AudioInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Modality_Phone_AudioInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Video" |
*
* @param {Format_Modality_VideoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_modality_video: ((inputs?: Format_Modality_VideoInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Modality_VideoInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Federated (another organisation)" |
*
* @param {Format_Source_FederatedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_source_federated: ((inputs?: Format_Source_FederatedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Source_FederatedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Public IM network" |
*
* @param {Format_Source_Public_CloudInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_source_public_cloud: ((inputs?: Format_Source_Public_CloudInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Source_Public_CloudInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Your organisation" |
*
* @param {Format_Source_Same_EnterpriseInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_source_same_enterprise: ((inputs?: Format_Source_Same_EnterpriseInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Source_Same_EnterpriseInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Signing in" |
*
* @param {Format_Step_AuthenticatingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_step_authenticating: ((inputs?: Format_Step_AuthenticatingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Step_AuthenticatingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Opening a session" |
*
* @param {Format_Step_Creating_ApplicationInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_step_creating_application: ((inputs?: Format_Step_Creating_ApplicationInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Step_Creating_ApplicationInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Finding the server" |
*
* @param {Format_Step_DiscoveringInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_step_discovering: ((inputs?: Format_Step_DiscoveringInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Step_DiscoveringInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Loading contacts" |
*
* @param {Format_Step_Loading_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_step_loading_contacts: ((inputs?: Format_Step_Loading_ContactsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Step_Loading_ContactsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Loading {n} contact" |
* | * | "Loading {n} contacts" |
*
* @param {Format_Step_Loading_CountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_step_loading_count: ((inputs: Format_Step_Loading_CountInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Step_Loading_CountInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "yesterday" |
*
* @param {Format_YesterdayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_yesterday: ((inputs?: Format_YesterdayInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_YesterdayInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Add {name}" |
*
* @param {Groups_AddInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_add: ((inputs: Groups_AddInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_AddInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Add to" |
*
* @param {Groups_Add_ToInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_add_to: ((inputs?: Groups_Add_ToInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_Add_ToInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Create group" |
*
* @param {Groups_CreateInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_create: ((inputs?: Groups_CreateInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_CreateInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Set in Skype for Business: the server offers apps no way to change them." |
*
* @param {Groups_Delegates_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_delegates_note: ((inputs?: Groups_Delegates_NoteInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_Delegates_NoteInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Delegates" |
*
* @param {Groups_Delegates_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_delegates_title: ((inputs?: Groups_Delegates_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_Delegates_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Delete {name}" |
*
* @param {Groups_DeleteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_delete: ((inputs: Groups_DeleteInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_DeleteInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "distribution group" |
*
* @param {Groups_DistributionInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_distribution: ((inputs?: Groups_DistributionInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_DistributionInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Favorites" |
*
* @param {Groups_FavoritesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_favorites: ((inputs?: Groups_FavoritesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_FavoritesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Find people" |
*
* @param {Groups_Find_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_find_title: ((inputs?: Groups_Find_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_Find_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "In your contacts" |
*
* @param {Groups_In_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_in_contacts: ((inputs?: Groups_In_ContactsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_In_ContactsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Level" |
*
* @param {Groups_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_level: ((inputs?: Groups_LevelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_LevelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Your groups" |
*
* @param {Groups_List_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_list_title: ((inputs?: Groups_List_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_List_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "People I manage calls for" |
*
* @param {Groups_Managed_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_managed_for: ((inputs?: Groups_Managed_ForInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_Managed_ForInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The members could not be read: {reason}" |
*
* @param {Groups_Members_UnreadInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_members_unread: ((inputs: Groups_Members_UnreadInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_Members_UnreadInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "More people match: type more of the name." |
*
* @param {Groups_More_ResultsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_more_results: ((inputs?: Groups_More_ResultsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_More_ResultsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "My delegates" |
*
* @param {Groups_My_DelegatesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_my_delegates: ((inputs?: Groups_My_DelegatesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_My_DelegatesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "My organization" |
*
* @param {Groups_My_OrganizationInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_my_organization: ((inputs?: Groups_My_OrganizationInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_My_OrganizationInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Name or e-mail" |
*
* @param {Groups_Name_Or_EmailInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_name_or_email: ((inputs?: Groups_Name_Or_EmailInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_Name_Or_EmailInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "New group" |
*
* @param {Groups_New_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_new_group: ((inputs?: Groups_New_GroupInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_New_GroupInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "New name" |
*
* @param {Groups_New_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_new_name: ((inputs?: Groups_New_NameInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_New_NameInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "No members." |
*
* @param {Groups_No_MembersInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_no_members: ((inputs?: Groups_No_MembersInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_No_MembersInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "No one is tagged. Tag someone to be told when they become available." |
*
* @param {Groups_No_TagsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_no_tags: ((inputs?: Groups_No_TagsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_No_TagsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "None" |
*
* @param {Groups_NoneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_none: ((inputs?: Groups_NoneInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_NoneInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Other Contacts" |
*
* @param {Groups_Other_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_other_contacts: ((inputs?: Groups_Other_ContactsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_Other_ContactsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Reading the members…" |
*
* @param {Groups_Reading_MembersInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_reading_members: ((inputs?: Groups_Reading_MembersInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_Reading_MembersInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Remove from {group}" |
*
* @param {Groups_Remove_FromInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_remove_from: ((inputs: Groups_Remove_FromInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_Remove_FromInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Rename {name}" |
*
* @param {Groups_RenameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_rename: ((inputs: Groups_RenameInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_RenameInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Save" |
*
* @param {Groups_SaveInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_save: ((inputs?: Groups_SaveInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_SaveInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Search" |
*
* @param {Groups_SearchInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_search: ((inputs?: Groups_SearchInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_SearchInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "status not known yet" |
*
* @param {Groups_Status_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_status_unknown: ((inputs?: Groups_Status_UnknownInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_Status_UnknownInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Tag for alerts" |
*
* @param {Groups_TagInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_tag: ((inputs?: Groups_TagInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_TagInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Tagged for status alerts" |
*
* @param {Groups_Tags_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_tags_title: ((inputs?: Groups_Tags_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_Tags_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Groups" |
*
* @param {Groups_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_title: ((inputs?: Groups_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Untag" |
*
* @param {Groups_UntagInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_untag: ((inputs?: Groups_UntagInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_UntagInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Could not read the version details: {error}" |
*
* @param {Help_About_AbsentInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_about_absent: ((inputs: Help_About_AbsentInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_About_AbsentInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "About UCWA Tray" |
*
* @param {Help_About_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_about_title: ((inputs?: Help_About_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_About_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Account" |
*
* @param {Help_AccountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_account: ((inputs?: Help_AccountInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_AccountInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "\"Auto-assign relationship\" gives a contact back the level the server assigns by itself: Colleagues for people in your organisation, External Contacts for eve..." |
*
* @param {Help_Auto_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_auto_text: ((inputs?: Help_Auto_TextInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Auto_TextInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Auto-assign relationship" |
*
* @param {Help_Auto_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_auto_title: ((inputs?: Help_Auto_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Auto_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Built on" |
*
* @param {Help_Built_OnInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_built_on: ((inputs?: Help_Built_OnInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Built_OnInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Adding and removing contacts and groups needs your server's unified contact store; where the server does not offer it, those buttons are not shown. Tag someo..." |
*
* @param {Help_Contacts_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_contacts_text: ((inputs?: Help_Contacts_TextInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Contacts_TextInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Copy diagnostics" |
*
* @param {Help_Copy_DiagnosticsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_copy_diagnostics: ((inputs?: Help_Copy_DiagnosticsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Copy_DiagnosticsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "are the people who may answer your calls;" |
*
* @param {Help_Delegates_AreInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_delegates_are: ((inputs?: Help_Delegates_AreInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Delegates_AreInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Delegates, groups and status alerts" |
*
* @param {Help_Delegates_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_delegates_title: ((inputs?: Help_Delegates_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Delegates_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "are those whose calls you answer. A call on behalf of one of them names them. Skype for Business sets both: the server offers apps no way to change delegates..." |
*
* @param {Help_Delegators_AreInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_delegators_are: ((inputs?: Help_Delegators_AreInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Delegators_AreInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Diagnostics are a short report of the app's state for your support team, without passwords or tokens." |
*
* @param {Help_Diagnostics_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_diagnostics_note: ((inputs?: Help_Diagnostics_NoteInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Diagnostics_NoteInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | ":" |
*
* @param {Help_Label_ColonInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_label_colon: ((inputs?: Help_Label_ColonInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Label_ColonInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Every contact has one of five relationships with you. The closer it is, the more they see. Everyone but Blocked contacts sees your name, title, e-mail, compa..." |
*
* @param {Help_Levels_IntroInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_levels_intro: ((inputs?: Help_Levels_IntroInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Levels_IntroInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "What each relationship lets people see" |
*
* @param {Help_Levels_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_levels_title: ((inputs?: Help_Levels_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Levels_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Loading…" |
*
* @param {Help_LoadingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_loading: ((inputs?: Help_LoadingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_LoadingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "No" |
*
* @param {Help_NoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_no: ((inputs?: Help_NoInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_NoInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Not signed in" |
*
* @param {Help_Not_Signed_InInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_not_signed_in: ((inputs?: Help_Not_Signed_InInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Not_Signed_InInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Protocol format" |
*
* @param {Help_Protocol_FormatInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_protocol_format: ((inputs?: Help_Protocol_FormatInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Protocol_FormatInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "(what the app asks the server for; takes effect at the next sign-in)" |
*
* @param {Help_Protocol_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_protocol_note: ((inputs?: Help_Protocol_NoteInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Protocol_NoteInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Server" |
*
* @param {Help_ServerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_server: ((inputs?: Help_ServerInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_ServerInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Signed in as" |
*
* @param {Help_Signed_In_AsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_signed_in_as: ((inputs?: Help_Signed_In_AsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Signed_In_AsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "to the demo server on this computer." |
*
* @param {Help_Signed_In_DemoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_signed_in_demo: ((inputs?: Help_Signed_In_DemoInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Signed_In_DemoInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "on {server}." |
*
* @param {Help_Signed_In_OnInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_signed_in_on: ((inputs: Help_Signed_In_OnInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Signed_In_OnInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Signed in with" |
*
* @param {Help_Signed_In_WithInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_signed_in_with: ((inputs?: Help_Signed_In_WithInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Signed_In_WithInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Where this comes from: the UCWA reference (the protocol this app uses) and Microsoft's Lync and Skype for Business documentation. They disagree in one place:..." |
*
* @param {Help_Sources_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_sources_note: ((inputs?: Help_Sources_NoteInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Sources_NoteInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Your contacts and their levels stay on the server; the app keeps them in memory while it runs." |
*
* @param {Help_Stores_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_contacts: ((inputs?: Help_Stores_ContactsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Stores_ContactsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The list of relationship changes" |
*
* @param {Help_Stores_History_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_history_name: ((inputs?: Help_Stores_History_NameInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Stores_History_NameInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "(Activity) in history.json in the same folder." |
*
* @param {Help_Stores_History_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_history_text: ((inputs?: Help_Stores_History_TextInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Stores_History_TextInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The level each contact last had" |
*
* @param {Help_Stores_Last_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_last_name: ((inputs?: Help_Stores_Last_NameInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Stores_Last_NameInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | ", so the app can tell you what changed while it was not running, in the last-known folder beside it, one file per account; removed when you sign out without ..." |
*
* @param {Help_Stores_Last_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_last_text: ((inputs?: Help_Stores_Last_TextInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Stores_Last_TextInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "A log file" |
*
* @param {Help_Stores_Log_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_log_name: ((inputs?: Help_Stores_Log_NameInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Stores_Log_NameInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "for troubleshooting in the system's log folder, without passwords or tokens." |
*
* @param {Help_Stores_Log_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_log_text: ((inputs?: Help_Stores_Log_TextInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Stores_Log_TextInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Your password and sign-in tokens" |
*
* @param {Help_Stores_Secrets_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_secrets_name: ((inputs?: Help_Stores_Secrets_NameInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Stores_Secrets_NameInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "only in your system's keyring (GNOME Keyring or KWallet, Windows Credential Manager, the macOS Keychain), and the password only if you choose \"Remember my pa..." |
*
* @param {Help_Stores_Secrets_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_secrets_text: ((inputs?: Help_Stores_Secrets_TextInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Stores_Secrets_TextInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Settings" |
*
* @param {Help_Stores_Settings_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_settings_name: ((inputs?: Help_Stores_Settings_NameInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Stores_Settings_NameInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "(server address, sign-in address, notification and theme choices) in a file named settings.json in the app's data folder: {linux} on Linux, {windows} on Wind..." |
*
* @param {Help_Stores_Settings_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_settings_text: ((inputs: Help_Stores_Settings_TextInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Stores_Settings_TextInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Who you tagged" |
*
* @param {Help_Stores_Tags_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_tags_name: ((inputs?: Help_Stores_Tags_NameInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Stores_Tags_NameInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "for status alerts in the tags folder, per account." |
*
* @param {Help_Stores_Tags_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_tags_text: ((inputs?: Help_Stores_Tags_TextInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Stores_Tags_TextInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "What the app keeps, and where" |
*
* @param {Help_Stores_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_title: ((inputs?: Help_Stores_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Stores_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Who sees each piece of your information" |
*
* @param {Help_Table_CaptionInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_table_caption: ((inputs?: Help_Table_CaptionInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Table_CaptionInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Information" |
*
* @param {Help_Table_InformationInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_table_information: ((inputs?: Help_Table_InformationInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Table_InformationInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Help and about" |
*
* @param {Help_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_title: ((inputs?: Help_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Troubleshooting" |
*
* @param {Help_Trouble_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_trouble_title: ((inputs?: Help_Trouble_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Trouble_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Version" |
*
* @param {Help_VersionInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_version: ((inputs?: Help_VersionInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_VersionInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Yes" |
*
* @param {Help_YesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_yes: ((inputs?: Help_YesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_YesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Answer in Skype for Business: this app does not take calls." |
*
* @param {Invite_Answer_HintInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_answer_hint: ((inputs?: Invite_Answer_HintInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Answer_HintInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{caller} is calling" |
*
* @param {Invite_CallInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_call: ((inputs: Invite_CallInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_CallInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{caller} is calling for {delegator}" |
*
* @param {Invite_Call_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_call_for: ((inputs: Invite_Call_ForInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Call_ForInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{caller} is calling on behalf of {boss}" |
*
* @param {Invite_Call_On_BehalfInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_call_on_behalf: ((inputs: Invite_Call_On_BehalfInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Call_On_BehalfInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{caller} is calling on behalf of {boss} for {delegator}" |
*
* @param {Invite_Call_On_Behalf_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_call_on_behalf_for: ((inputs: Invite_Call_On_Behalf_ForInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Call_On_Behalf_ForInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{caller} wants to chat" |
*
* @param {Invite_ChatInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_chat: ((inputs: Invite_ChatInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_ChatInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{caller} wants to chat for {delegator}" |
*
* @param {Invite_Chat_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_chat_for: ((inputs: Invite_Chat_ForInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Chat_ForInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{caller} wants to chat on behalf of {boss}" |
*
* @param {Invite_Chat_On_BehalfInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_chat_on_behalf: ((inputs: Invite_Chat_On_BehalfInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Chat_On_BehalfInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{caller} wants to chat on behalf of {boss} for {delegator}" |
*
* @param {Invite_Chat_On_Behalf_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_chat_on_behalf_for: ((inputs: Invite_Chat_On_Behalf_ForInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Chat_On_Behalf_ForInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Clear ended ({n})" |
*
* @param {Invite_Clear_EndedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_clear_ended: ((inputs: Invite_Clear_EndedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Clear_EndedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Dismiss: {name}" |
*
* @param {Invite_DismissInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_dismiss: ((inputs: Invite_DismissInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_DismissInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "This call is for {boss}. It comes to you because {boss} made you their delegate." |
*
* @param {Invite_Explain_DelegatorInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_explain_delegator: ((inputs: Invite_Explain_DelegatorInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Explain_DelegatorInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{caller} is {boss}'s delegate: someone {boss} lets place and answer calls for them." |
*
* @param {Invite_Explain_On_BehalfInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_explain_on_behalf: ((inputs: Invite_Explain_On_BehalfInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Explain_On_BehalfInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Call" |
*
* @param {Invite_Kind_Audio_VideoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_kind_audio_video: ((inputs?: Invite_Kind_Audio_VideoInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Kind_Audio_VideoInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Chat" |
*
* @param {Invite_Kind_MessagingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_kind_messaging: ((inputs?: Invite_Kind_MessagingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Kind_MessagingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Phone call" |
*
* @param {Invite_Kind_Phone_AudioInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_kind_phone_audio: ((inputs?: Invite_Kind_Phone_AudioInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Kind_Phone_AudioInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "No invitations. Calls and chats you receive, including those on behalf of someone, show up here. This app shows them; you answer in Skype for Business." |
*
* @param {Invite_NoneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_none: ((inputs?: Invite_NoneInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_NoneInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{role}: {name}" |
*
* @param {Invite_PartyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_party: ((inputs: Invite_PartyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_PartyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Relationship: {level}" |
*
* @param {Invite_Party_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_party_level: ((inputs: Invite_Party_LevelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Party_LevelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Not in your contacts" |
*
* @param {Invite_Party_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_party_unknown: ((inputs?: Invite_Party_UnknownInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Party_UnknownInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Caller" |
*
* @param {Invite_Role_CallerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_role_caller: ((inputs?: Invite_Role_CallerInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Role_CallerInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "For (you are their delegate)" |
*
* @param {Invite_Role_DelegatorInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_role_delegator: ((inputs?: Invite_Role_DelegatorInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Role_DelegatorInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "On behalf of" |
*
* @param {Invite_Role_On_Behalf_OfInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_role_on_behalf_of: ((inputs?: Invite_Role_On_Behalf_OfInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Role_On_Behalf_OfInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Show contact" |
*
* @param {Invite_Show_ContactInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_show_contact: ((inputs?: Invite_Show_ContactInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Show_ContactInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Accepted" |
*
* @param {Invite_State_AcceptedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_state_accepted: ((inputs?: Invite_State_AcceptedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_State_AcceptedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Answered elsewhere" |
*
* @param {Invite_State_Accepted_ElsewhereInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_state_accepted_elsewhere: ((inputs?: Invite_State_Accepted_ElsewhereInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_State_Accepted_ElsewhereInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Cancelled" |
*
* @param {Invite_State_CancelledInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_state_cancelled: ((inputs?: Invite_State_CancelledInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_State_CancelledInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Declined" |
*
* @param {Invite_State_DeclinedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_state_declined: ((inputs?: Invite_State_DeclinedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_State_DeclinedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Missed" |
*
* @param {Invite_State_MissedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_state_missed: ((inputs?: Invite_State_MissedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_State_MissedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Ringing" |
*
* @param {Invite_State_RingingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_state_ringing: ((inputs?: Invite_State_RingingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_State_RingingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "“{subject}”" |
*
* @param {Invite_SubjectInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_subject: ((inputs: Invite_SubjectInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_SubjectInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Invitations" |
*
* @param {Invite_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_title: ((inputs?: Invite_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Blocked" |
*
* @param {Level_BlockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const level_blocked: ((inputs?: Level_BlockedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Level_BlockedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Colleagues" |
*
* @param {Level_ColleaguesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const level_colleagues: ((inputs?: Level_ColleaguesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Level_ColleaguesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "External Contacts" |
*
* @param {Level_ExternalInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const level_external: ((inputs?: Level_ExternalInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Level_ExternalInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Friends and Family" |
*
* @param {Level_FriendsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const level_friends: ((inputs?: Level_FriendsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Level_FriendsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Unknown" |
*
* @param {Level_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const level_unknown: ((inputs?: Level_UnknownInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Level_UnknownInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Workgroup" |
*
* @param {Level_WorkgroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const level_workgroup: ((inputs?: Level_WorkgroupInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Level_WorkgroupInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Actions for {name}" |
*
* @param {Menu_Actions_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_actions_for: ((inputs: Menu_Actions_ForInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Menu_Actions_ForInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Already at the level auto-assignment gives ({level})." |
*
* @param {Menu_Auto_AlreadyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_auto_already: ((inputs: Menu_Auto_AlreadyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Menu_Auto_AlreadyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Auto-assign relationship" |
*
* @param {Menu_Auto_AssignInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_auto_assign: ((inputs?: Menu_Auto_AssignInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Menu_Auto_AssignInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Back to the level the server gives automatically." |
*
* @param {Menu_Auto_BackInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_auto_back: ((inputs?: Menu_Auto_BackInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Menu_Auto_BackInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Back to the level the server gives: {level}." |
*
* @param {Menu_Auto_Back_ToInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_auto_back_to: ((inputs: Menu_Auto_Back_ToInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Menu_Auto_Back_ToInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Copied {address}" |
*
* @param {Menu_CopiedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_copied: ((inputs: Menu_CopiedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Menu_CopiedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Copy address" |
*
* @param {Menu_Copy_AddressInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_copy_address: ((inputs?: Menu_Copy_AddressInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Menu_Copy_AddressInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Could not copy to the clipboard." |
*
* @param {Menu_Copy_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_copy_failed: ((inputs?: Menu_Copy_FailedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Menu_Copy_FailedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Open card" |
*
* @param {Menu_Open_CardInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_open_card: ((inputs?: Menu_Open_CardInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Menu_Open_CardInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{name} was added to your contacts" |
*
* @param {Notify_AddedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_added: ((inputs: Notify_AddedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_AddedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{name} is available" |
*
* @param {Notify_Alert_Available_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_alert_available_title: ((inputs: Notify_Alert_Available_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Alert_Available_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{name} is back" |
*
* @param {Notify_Alert_Back_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_alert_back_title: ((inputs: Notify_Alert_Back_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Alert_Back_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{name} is {now} now (was {was})." |
*
* @param {Notify_Alert_BodyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_alert_body: ((inputs: Notify_Alert_BodyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Alert_BodyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{name} left Do Not Disturb" |
*
* @param {Notify_Alert_Left_Dnd_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_alert_left_dnd_title: ((inputs: Notify_Alert_Left_Dnd_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Alert_Left_Dnd_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} person is now available" |
* | * | "{count} people are now available" |
*
* @param {Notify_Alerts_Available_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_alerts_available_title: ((inputs: Notify_Alerts_Available_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Alerts_Available_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} person is back" |
* | * | "{count} people are back" |
*
* @param {Notify_Alerts_Back_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_alerts_back_title: ((inputs: Notify_Alerts_Back_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Alerts_Back_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{list}." |
*
* @param {Notify_Alerts_BodyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_alerts_body: ((inputs: Notify_Alerts_BodyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Alerts_BodyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{list}. Open Activity to see them all." |
*
* @param {Notify_Burst_BodyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_burst_body: ((inputs: Notify_Burst_BodyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Burst_BodyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Open Activity to see them." |
*
* @param {Notify_Burst_Body_EmptyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_burst_body_empty: ((inputs?: Notify_Burst_Body_EmptyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Burst_Body_EmptyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} relationship changed from another device" |
* | * | "{count} relationships changed from another device" |
*
* @param {Notify_Burst_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_burst_title: ((inputs: Notify_Burst_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Burst_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Call for {whom}" |
*
* @param {Notify_Call_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_call_for: ((inputs: Notify_Call_ForInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Call_ForInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{change} (was {level})." |
*
* @param {Notify_Changed_BodyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_changed_body: ((inputs: Notify_Changed_BodyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Changed_BodyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Changed from another device" |
*
* @param {Notify_Changed_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_changed_title: ((inputs?: Notify_Changed_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Changed_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Incoming call" |
*
* @param {Notify_Incoming_CallInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_incoming_call: ((inputs?: Notify_Incoming_CallInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Incoming_CallInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Incoming message" |
*
* @param {Notify_Incoming_MessageInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_incoming_message: ((inputs?: Notify_Incoming_MessageInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Incoming_MessageInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{from} is calling{subject}. Answer in Skype for Business." |
*
* @param {Notify_Is_CallingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_is_calling: ((inputs: Notify_Is_CallingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Is_CallingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{from} is calling for {whom}{subject}. Answer in Skype for Business." |
*
* @param {Notify_Is_Calling_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_is_calling_for: ((inputs: Notify_Is_Calling_ForInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Is_Calling_ForInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{list} and {rest} more" |
*
* @param {Notify_List_And_MoreInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_list_and_more: ((inputs: Notify_List_And_MoreInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_List_And_MoreInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{first} and {second}" |
*
* @param {Notify_List_TwoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_list_two: ((inputs: Notify_List_TwoInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_List_TwoInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Message for {whom}" |
*
* @param {Notify_Message_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_message_for: ((inputs: Notify_Message_ForInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Message_ForInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{name} is now blocked" |
*
* @param {Notify_Now_BlockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_now_blocked: ((inputs: Notify_Now_BlockedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Now_BlockedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{name} now sees what {level} see" |
*
* @param {Notify_Now_SeesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_now_sees: ((inputs: Notify_Now_SeesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Now_SeesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server no longer says what {name} sees" |
*
* @param {Notify_Now_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_now_unknown: ((inputs: Notify_Now_UnknownInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Now_UnknownInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{name} was removed from your contacts" |
*
* @param {Notify_RemovedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_removed: ((inputs: Notify_RemovedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_RemovedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{from} sent a message{subject}. Answer in Skype for Business." |
*
* @param {Notify_Sent_MessageInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_sent_message: ((inputs: Notify_Sent_MessageInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Sent_MessageInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{from} sent a message for {whom}{subject}. Answer in Skype for Business." |
*
* @param {Notify_Sent_Message_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_sent_message_for: ((inputs: Notify_Sent_Message_ForInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Sent_Message_ForInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "UCWA Tray signed out" |
*
* @param {Notify_Signed_Out_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_signed_out_title: ((inputs?: Notify_Signed_Out_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Signed_Out_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "away" |
*
* @param {Notify_Status_AwayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_away: ((inputs?: Notify_Status_AwayInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Status_AwayInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "back soon" |
*
* @param {Notify_Status_Be_Right_BackInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_be_right_back: ((inputs?: Notify_Status_Be_Right_BackInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Status_Be_Right_BackInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "busy" |
*
* @param {Notify_Status_BusyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_busy: ((inputs?: Notify_Status_BusyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Status_BusyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "on Do Not Disturb" |
*
* @param {Notify_Status_Do_Not_DisturbInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_do_not_disturb: ((inputs?: Notify_Status_Do_Not_DisturbInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Status_Do_Not_DisturbInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "busy (inactive)" |
*
* @param {Notify_Status_Idle_BusyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_idle_busy: ((inputs?: Notify_Status_Idle_BusyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Status_Idle_BusyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "available (inactive)" |
*
* @param {Notify_Status_Idle_OnlineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_idle_online: ((inputs?: Notify_Status_Idle_OnlineInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Status_Idle_OnlineInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "offline" |
*
* @param {Notify_Status_OfflineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_offline: ((inputs?: Notify_Status_OfflineInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Status_OfflineInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "available" |
*
* @param {Notify_Status_OnlineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_online: ((inputs?: Notify_Status_OnlineInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Status_OnlineInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "unknown" |
*
* @param {Notify_Status_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_unknown: ((inputs?: Notify_Status_UnknownInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Status_UnknownInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{list}. Changed between {since} and {until}." |
*
* @param {Notify_While_Away_BodyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_while_away_body: ((inputs: Notify_While_Away_BodyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_While_Away_BodyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "While you were away: {count} relationship changed" |
* | * | "While you were away: {count} relationships changed" |
*
* @param {Notify_While_Away_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_while_away_title: ((inputs: Notify_While_Away_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_While_Away_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Signing in through your organisation's sign-in page needs a window, which the command line cannot show. Sign in with the app instead." |
*
* @param {Passive_Cli_Needs_WindowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_cli_needs_window: ((inputs?: Passive_Cli_Needs_WindowInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Passive_Cli_Needs_WindowInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The sign-in page was closed." |
*
* @param {Passive_ClosedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_closed: ((inputs?: Passive_ClosedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Passive_ClosedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The sign-in page tried to open {host}, which is not a secure server. Sign-in was stopped." |
*
* @param {Passive_Navigation_RefusedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_navigation_refused: ((inputs: Passive_Navigation_RefusedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Passive_Navigation_RefusedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The sign-in page did not sign you in. Try again." |
*
* @param {Passive_Not_CompletedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_not_completed: ((inputs?: Passive_Not_CompletedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Passive_Not_CompletedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "This server does not offer sign-in through your organisation's sign-in page." |
*
* @param {Passive_Not_OfferedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_not_offered: ((inputs?: Passive_Not_OfferedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Passive_Not_OfferedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "This server accepts sign-in only through your organisation's sign-in page." |
*
* @param {Passive_OnlyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_only: ((inputs?: Passive_OnlyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Passive_OnlyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The sign-in page on {host} did not accept that Windows account. Check the user name (DOMAIN\\user or name@domain) and the password." |
*
* @param {Passive_Page_Account_RefusedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_page_account_refused: ((inputs: Passive_Page_Account_RefusedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Passive_Page_Account_RefusedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The sign-in page on {host} asks for your Windows user name and password. Type them below and sign in again." |
*
* @param {Passive_Page_Needs_AccountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_page_needs_account: ((inputs: Passive_Page_Needs_AccountInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Passive_Page_Needs_AccountInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The sign-in page is not on a server you signed in to: {host}." |
*
* @param {Passive_Page_UntrustedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_page_untrusted: ((inputs: Passive_Page_UntrustedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Passive_Page_UntrustedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The sign-in page is not on a server you signed in to." |
*
* @param {Passive_Page_Untrusted_UnnamedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_page_untrusted_unnamed: ((inputs?: Passive_Page_Untrusted_UnnamedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Passive_Page_Untrusted_UnnamedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Sign in again with your organisation's page." |
*
* @param {Passive_Restore_Sign_In_AgainInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_restore_sign_in_again: ((inputs?: Passive_Restore_Sign_In_AgainInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Passive_Restore_Sign_In_AgainInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Sign in – {host}" |
*
* @param {Passive_Window_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_window_title: ((inputs: Passive_Window_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Passive_Window_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "true or false (1 or 0)" |
*
* @param {Policy_Expects_FlagInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_expects_flag: ((inputs?: Policy_Expects_FlagInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_Expects_FlagInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "a list of host names or domains, such as contoso.com" |
*
* @param {Policy_Expects_HostsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_expects_hosts: ((inputs?: Policy_Expects_HostsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_Expects_HostsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "an https:// address or a server name" |
*
* @param {Policy_Expects_Server_AddressInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_expects_server_address: ((inputs?: Policy_Expects_Server_AddressInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_Expects_Server_AddressInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "a list of one or more of {methods}" |
*
* @param {Policy_Expects_Sign_In_MethodsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_expects_sign_in_methods: ((inputs: Policy_Expects_Sign_In_MethodsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_Expects_Sign_In_MethodsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it is not a file." |
*
* @param {Policy_File_Not_FileInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_not_file: ((inputs: Policy_File_Not_FileInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_File_Not_FileInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it is not valid JSON." |
*
* @param {Policy_File_Not_JsonInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_not_json: ((inputs: Policy_File_Not_JsonInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_File_Not_JsonInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it is not valid JSON: {detail}." |
*
* @param {Policy_File_Not_Json_DetailInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_not_json_detail: ((inputs: Policy_File_Not_Json_DetailInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_File_Not_Json_DetailInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it may not be read." |
*
* @param {Policy_File_Not_PermittedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_not_permitted: ((inputs: Policy_File_Not_PermittedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_File_Not_PermittedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it is not a valid property list." |
*
* @param {Policy_File_Not_PlistInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_not_plist: ((inputs: Policy_File_Not_PlistInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_File_Not_PlistInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it could not be read ({code})." |
*
* @param {Policy_File_Read_ErrorInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_read_error: ((inputs: Policy_File_Read_ErrorInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_File_Read_ErrorInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it is larger than {kilobytes} KB." |
*
* @param {Policy_File_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_too_large: ((inputs: Policy_File_Too_LargeInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_File_Too_LargeInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The policy {name} in {source} is ignored: it must be {expects}." |
*
* @param {Policy_Invalid_ValueInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_invalid_value: ((inputs: Policy_Invalid_ValueInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_Invalid_ValueInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The managed configuration could not be read: {why}" |
*
* @param {Policy_Load_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_load_failed: ((inputs: Policy_Load_FailedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_Load_FailedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The policy in {source} is ignored: it is not a set of named values." |
*
* @param {Policy_Not_Named_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_not_named_values: ((inputs: Policy_Not_Named_ValuesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_Not_Named_ValuesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The policy in {source} could not be read: {why}" |
*
* @param {Policy_Source_UnreadableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_source_unreadable: ((inputs: Policy_Source_UnreadableInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_Source_UnreadableInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The policy {name} in {source} is not known and is ignored." |
*
* @param {Policy_Unknown_KeyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_unknown_key: ((inputs: Policy_Unknown_KeyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_Unknown_KeyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Away" |
*
* @param {Presence_AwayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_away: ((inputs?: Presence_AwayInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Presence_AwayInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Be right back" |
*
* @param {Presence_Be_Right_BackInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_be_right_back: ((inputs?: Presence_Be_Right_BackInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Presence_Be_Right_BackInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Busy" |
*
* @param {Presence_BusyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_busy: ((inputs?: Presence_BusyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Presence_BusyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Do not disturb" |
*
* @param {Presence_Do_Not_DisturbInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_do_not_disturb: ((inputs?: Presence_Do_Not_DisturbInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Presence_Do_Not_DisturbInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Busy (inactive)" |
*
* @param {Presence_Idle_BusyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_idle_busy: ((inputs?: Presence_Idle_BusyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Presence_Idle_BusyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Inactive" |
*
* @param {Presence_Idle_OnlineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_idle_online: ((inputs?: Presence_Idle_OnlineInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Presence_Idle_OnlineInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Offline" |
*
* @param {Presence_OfflineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_offline: ((inputs?: Presence_OfflineInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Presence_OfflineInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Available" |
*
* @param {Presence_OnlineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_online: ((inputs?: Presence_OnlineInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Presence_OnlineInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Presence unknown" |
*
* @param {Presence_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_unknown: ((inputs?: Presence_UnknownInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Presence_UnknownInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Auto-assign ({level}) anyway" |
*
* @param {Privacy_Auto_AnywayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_auto_anyway: ((inputs: Privacy_Auto_AnywayInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Auto_AnywayInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Could not change {name} to {level}: {reason} {name} is still {current}." |
*
* @param {Privacy_Change_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_change_failed: ((inputs: Privacy_Change_FailedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Change_FailedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Change level" |
*
* @param {Privacy_Change_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_change_level: ((inputs?: Privacy_Change_LevelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Change_LevelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Changed from another device meanwhile: {change}." |
*
* @param {Privacy_ConflictInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_conflict: ((inputs: Privacy_ConflictInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_ConflictInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Dismiss" |
*
* @param {Privacy_DismissInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_dismiss: ((inputs?: Privacy_DismissInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_DismissInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Keep {level}" |
*
* @param {Privacy_KeepInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_keep: ((inputs: Privacy_KeepInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_KeepInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Relationship level for {name}" |
*
* @param {Privacy_Menu_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_menu_label: ((inputs: Privacy_Menu_LabelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Menu_LabelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "You can change it again once connected." |
*
* @param {Privacy_OfflineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_offline: ((inputs?: Privacy_OfflineInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_OfflineInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server does not let you change this relationship." |
*
* @param {Privacy_Read_OnlyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_read_only: ((inputs?: Privacy_Read_OnlyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Read_OnlyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "· same as auto-assigned" |
*
* @param {Privacy_Same_As_AutoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_same_as_auto: ((inputs?: Privacy_Same_As_AutoInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Same_As_AutoInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "— saving…" |
*
* @param {Privacy_SavingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_saving: ((inputs?: Privacy_SavingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_SavingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Sees only your name and e-mail address, and cannot reach you." |
*
* @param {Privacy_Sees_Line_BlockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_line_blocked: ((inputs?: Privacy_Sees_Line_BlockedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Sees_Line_BlockedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Sees your contact card, presence, note, location and free/busy." |
*
* @param {Privacy_Sees_Line_ColleaguesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_line_colleagues: ((inputs?: Privacy_Sees_Line_ColleaguesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Sees_Line_ColleaguesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Sees your contact card and presence." |
*
* @param {Privacy_Sees_Line_ExternalInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_line_external: ((inputs?: Privacy_Sees_Line_ExternalInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Sees_Line_ExternalInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Sees your contact card, presence, note, location, free/busy, meeting subjects, mobile phone, home phone and other phone." |
*
* @param {Privacy_Sees_Line_FriendsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_line_friends: ((inputs?: Privacy_Sees_Line_FriendsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Sees_Line_FriendsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Sees your contact card, presence, note, location, free/busy, meeting subjects, meeting locations and mobile phone. Can reach you on Do Not Disturb." |
*
* @param {Privacy_Sees_Line_WorkgroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_line_workgroup: ((inputs?: Privacy_Sees_Line_WorkgroupInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Sees_Line_WorkgroupInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Only your name and e-mail address; cannot reach you." |
*
* @param {Privacy_Sees_Short_BlockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_short_blocked: ((inputs?: Privacy_Sees_Short_BlockedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Sees_Short_BlockedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Presence, note, location and free/busy." |
*
* @param {Privacy_Sees_Short_ColleaguesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_short_colleagues: ((inputs?: Privacy_Sees_Short_ColleaguesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Sees_Short_ColleaguesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Your contact card and presence." |
*
* @param {Privacy_Sees_Short_ExternalInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_short_external: ((inputs?: Privacy_Sees_Short_ExternalInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Sees_Short_ExternalInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Presence, note, location, free/busy, meeting subjects, mobile phone, home phone and other phone." |
*
* @param {Privacy_Sees_Short_FriendsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_short_friends: ((inputs?: Privacy_Sees_Short_FriendsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Sees_Short_FriendsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Presence, note, location, free/busy, meeting subjects, meeting locations and mobile phone. Can reach you on Do Not Disturb." |
*
* @param {Privacy_Sees_Short_WorkgroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_short_workgroup: ((inputs?: Privacy_Sees_Short_WorkgroupInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Sees_Short_WorkgroupInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server did not say which level applies." |
*
* @param {Privacy_Sees_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_unknown: ((inputs?: Privacy_Sees_UnknownInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Sees_UnknownInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Privacy relationship" |
*
* @param {Privacy_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_title: ((inputs?: Privacy_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Use {level} anyway" |
*
* @param {Privacy_Use_AnywayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_use_anyway: ((inputs: Privacy_Use_AnywayInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Use_AnywayInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server address is not a valid address." |
*
* @param {Session_Address_InvalidInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_address_invalid: ((inputs?: Session_Address_InvalidInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Session_Address_InvalidInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server address must start with https://." |
*
* @param {Session_Address_Needs_HttpsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_address_needs_https: ((inputs?: Session_Address_Needs_HttpsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Session_Address_Needs_HttpsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server address is not a host name or an https:// address." |
*
* @param {Session_Address_Not_HostInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_address_not_host: ((inputs?: Session_Address_Not_HostInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Session_Address_Not_HostInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server address uses plain http, which is not secure. Use an https:// address." |
*
* @param {Session_Address_Plain_HttpInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_address_plain_http: ((inputs?: Session_Address_Plain_HttpInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Session_Address_Plain_HttpInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Demo server (on this computer)" |
*
* @param {Session_Demo_ServerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_demo_server: ((inputs?: Session_Demo_ServerInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Session_Demo_ServerInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Links cannot be opened from here." |
*
* @param {Session_Links_UnavailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_links_unavailable: ((inputs?: Session_Links_UnavailableInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Session_Links_UnavailableInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "You are not signed in. Sign in and try again." |
*
* @param {Session_Not_Signed_InInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_not_signed_in: ((inputs?: Session_Not_Signed_InInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Session_Not_Signed_InInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "UCWA Tray was signed in somewhere else with the same application, so this copy stopped updating." |
*
* @param {Session_ReplacedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_replaced: ((inputs?: Session_ReplacedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Session_ReplacedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "You could not be signed in automatically. {said}" |
*
* @param {Session_Restore_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_restore_failed: ((inputs: Session_Restore_FailedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Session_Restore_FailedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Your saved password was not accepted; sign in again." |
*
* @param {Session_Saved_Password_RefusedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_saved_password_refused: ((inputs?: Session_Saved_Password_RefusedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Session_Saved_Password_RefusedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Your saved sign-in has expired; sign in again." |
*
* @param {Session_Saved_Sign_In_ExpiredInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_saved_sign_in_expired: ((inputs?: Session_Saved_Sign_In_ExpiredInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Session_Saved_Sign_In_ExpiredInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Account" |
*
* @param {Settings_AccountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_account: ((inputs?: Settings_AccountInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_AccountInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "For tagged people, also when they come back from Away or leave Do Not Disturb" |
*
* @param {Settings_Alerts_Include_AwayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_alerts_include_away: ((inputs?: Settings_Alerts_Include_AwayInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_Alerts_Include_AwayInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Appearance" |
*
* @param {Settings_AppearanceInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_appearance: ((inputs?: Settings_AppearanceInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_AppearanceInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Dark" |
*
* @param {Settings_DarkInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_dark: ((inputs?: Settings_DarkInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_DarkInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Language" |
*
* @param {Settings_LanguageInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_language: ((inputs?: Settings_LanguageInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_LanguageInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The window, the tray menu and notifications follow this language; “Same as the system” follows your computer’s." |
*
* @param {Settings_Language_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_language_note: ((inputs?: Settings_Language_NoteInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_Language_NoteInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Light" |
*
* @param {Settings_LightInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_light: ((inputs?: Settings_LightInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_LightInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Loading settings…" |
*
* @param {Settings_LoadingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_loading: ((inputs?: Settings_LoadingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_LoadingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Set by your organisation" |
*
* @param {Settings_ManagedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_managed: ((inputs?: Settings_ManagedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_ManagedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "This computer does not show notifications from UCWA Tray, so new changes are counted on the tray icon instead. On macOS, an unsigned build cannot show notifi..." |
*
* @param {Settings_No_NotificationsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_no_notifications: ((inputs?: Settings_No_NotificationsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_No_NotificationsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "This desktop shows no tray icons, so UCWA Tray keeps its window in the taskbar. On GNOME, install the \"AppIndicator and KStatusNotifierItem Support\" extensio..." |
*
* @param {Settings_No_TrayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_no_tray: ((inputs?: Settings_No_TrayInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_No_TrayInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Notifications" |
*
* @param {Settings_NotificationsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_notifications: ((inputs?: Settings_NotificationsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_NotificationsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "When a relationship is changed from another device" |
*
* @param {Settings_Notify_ChangesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_notify_changes: ((inputs?: Settings_Notify_ChangesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_Notify_ChangesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "When someone calls or chats on behalf of someone" |
*
* @param {Settings_Notify_InvitationsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_notify_invitations: ((inputs?: Settings_Notify_InvitationsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_Notify_InvitationsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "When I am signed out" |
*
* @param {Settings_Notify_Signed_OutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_notify_signed_out: ((inputs?: Settings_Notify_Signed_OutInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_Notify_Signed_OutInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Pause notifications:" |
*
* @param {Settings_PauseInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_pause: ((inputs?: Settings_PauseInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_PauseInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "For 1 hour" |
*
* @param {Settings_Pause_HourInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_pause_hour: ((inputs?: Settings_Pause_HourInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_Pause_HourInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Until tomorrow" |
*
* @param {Settings_Pause_TomorrowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_pause_tomorrow: ((inputs?: Settings_Pause_TomorrowInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_Pause_TomorrowInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Paused until {time}." |
*
* @param {Settings_Paused_UntilInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_paused_until: ((inputs: Settings_Paused_UntilInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_Paused_UntilInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Resume now" |
*
* @param {Settings_ResumeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_resume: ((inputs?: Settings_ResumeInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_ResumeInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Same as the system" |
*
* @param {Settings_Same_As_SystemInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_same_as_system: ((inputs?: Settings_Same_As_SystemInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_Same_As_SystemInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Server: {server}" |
*
* @param {Settings_ServerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_server: ((inputs: Settings_ServerInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_ServerInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Sign out" |
*
* @param {Settings_Sign_OutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_sign_out: ((inputs?: Settings_Sign_OutInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_Sign_OutInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Signed in as {user} on {server}." |
*
* @param {Settings_Signed_InInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_signed_in: ((inputs: Settings_Signed_InInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_Signed_InInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Signed in as {user} to the demo server on this computer." |
*
* @param {Settings_Signed_In_DemoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_signed_in_demo: ((inputs: Settings_Signed_In_DemoInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_Signed_In_DemoInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Start UCWA Tray when I log in" |
*
* @param {Settings_Start_At_LoginInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_start_at_login: ((inputs?: Settings_Start_At_LoginInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_Start_At_LoginInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Startup" |
*
* @param {Settings_StartupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_startup: ((inputs?: Settings_StartupInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_StartupInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Theme" |
*
* @param {Settings_ThemeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_theme: ((inputs?: Settings_ThemeInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_ThemeInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Settings" |
*
* @param {Settings_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_title: ((inputs?: Settings_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Sign-in address" |
*
* @param {Signin_AddressInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_address: ((inputs?: Signin_AddressInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_AddressInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Checking how this server signs you in…" |
*
* @param {Signin_Checking_MethodsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_checking_methods: ((inputs?: Signin_Checking_MethodsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Checking_MethodsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The demo did not start" |
*
* @param {Signin_Demo_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_demo_failed: ((inputs?: Signin_Demo_FailedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Demo_FailedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "with sample contacts on this computer." |
*
* @param {Signin_Demo_WhereInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_demo_where: ((inputs?: Signin_Demo_WhereInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Demo_WhereInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "No server yet? Try the app with a built-in demo server and 40 sample contacts." |
*
* @param {Signin_First_RunInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_first_run: ((inputs?: Signin_First_RunInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_First_RunInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "See who can see what about you, and change it." |
*
* @param {Signin_IntroInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_intro: ((inputs?: Signin_IntroInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_IntroInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Just looking?" |
*
* @param {Signin_Just_LookingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_just_looking: ((inputs?: Signin_Just_LookingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Just_LookingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Sign in with" |
*
* @param {Signin_MethodInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_method: ((inputs?: Signin_MethodInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_MethodInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Organisation sign-in page" |
*
* @param {Signin_Method_PassiveInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_method_passive: ((inputs?: Signin_Method_PassiveInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Method_PassiveInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "User name and password" |
*
* @param {Signin_Method_PasswordInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_method_password: ((inputs?: Signin_Method_PasswordInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Method_PasswordInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Windows account" |
*
* @param {Signin_Method_WindowsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_method_windows: ((inputs?: Signin_Method_WindowsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Method_WindowsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "No keyring is available on this computer, so your password cannot be remembered. You will be asked again after about 8 hours or when the app restarts." |
*
* @param {Signin_No_KeyringInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_no_keyring: ((inputs?: Signin_No_KeyringInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_No_KeyringInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "(optional)" |
*
* @param {Signin_OptionalInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_optional: ((inputs?: Signin_OptionalInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_OptionalInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Use another account" |
*
* @param {Signin_Other_AccountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_other_account: ((inputs?: Signin_Other_AccountInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Other_AccountInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Your Windows account, for your organisation's sign-in page only." |
*
* @param {Signin_Passive_Account_HintInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_passive_account_hint: ((inputs?: Signin_Passive_Account_HintInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Passive_Account_HintInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Signing in with your organisation's page did not work" |
*
* @param {Signin_Passive_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_passive_failed: ((inputs?: Signin_Passive_FailedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Passive_FailedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Your organisation's sign-in page opens in its own window." |
*
* @param {Signin_Passive_HintInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_passive_hint: ((inputs?: Signin_Passive_HintInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Passive_HintInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Signing in with your organisation's page is not available yet." |
*
* @param {Signin_Passive_UnavailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_passive_unavailable: ((inputs?: Signin_Passive_UnavailableInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Passive_UnavailableInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Password" |
*
* @param {Signin_PasswordInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_password: ((inputs?: Signin_PasswordInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_PasswordInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{heading}." |
*
* @param {Signin_ProblemInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_problem: ((inputs: Signin_ProblemInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_ProblemInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Remember my password" |
*
* @param {Signin_RememberInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_remember: ((inputs?: Signin_RememberInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_RememberInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Keep me signed in" |
*
* @param {Signin_Remember_SigninInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_remember_signin: ((inputs?: Signin_Remember_SigninInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Remember_SigninInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Server address" |
*
* @param {Signin_ServerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_server: ((inputs?: Signin_ServerInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_ServerInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Leave empty to find the server automatically, or enter its name or discovery URL." |
*
* @param {Signin_Server_HintInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_server_hint: ((inputs?: Signin_Server_HintInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Server_HintInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Found from your sign-in address" |
*
* @param {Signin_Server_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_server_placeholder: ((inputs?: Signin_Server_PlaceholderInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Server_PlaceholderInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Signing in" |
*
* @param {Signin_StepsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_steps: ((inputs?: Signin_StepsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_StepsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Sign in" |
*
* @param {Signin_SubmitInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_submit: ((inputs?: Signin_SubmitInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_SubmitInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Sign in to Skype for Business" |
*
* @param {Signin_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_title: ((inputs?: Signin_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Trust {host} and sign in" |
*
* @param {Signin_Trust_HostInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_trust_host: ((inputs: Signin_Trust_HostInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Trust_HostInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Only continue if your organisation told you to sign in there. Your password will be sent to it." |
*
* @param {Signin_Trust_WarningInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_trust_warning: ((inputs?: Signin_Trust_WarningInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Trust_WarningInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Only continue if your organisation told you to sign in there. Your Windows account will sign in to it." |
*
* @param {Signin_Trust_Warning_WindowsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_trust_warning_windows: ((inputs?: Signin_Trust_Warning_WindowsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Trust_Warning_WindowsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Try the demo" |
*
* @param {Signin_Try_DemoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_try_demo: ((inputs?: Signin_Try_DemoInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Try_DemoInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "User name" |
*
* @param {Signin_UsernameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_username: ((inputs?: Signin_UsernameInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_UsernameInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "DOMAIN\\user or user@domain, if your organisation signs you in with another name than your sign-in address." |
*
* @param {Signin_Username_HintInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_username_hint: ((inputs?: Signin_Username_HintInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Username_HintInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Windows sign-in did not work" |
*
* @param {Signin_Windows_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_windows_failed: ((inputs?: Signin_Windows_FailedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Windows_FailedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Uses the account you are signed in to Windows (or your domain) with: no password needed." |
*
* @param {Signin_Windows_HintInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_windows_hint: ((inputs?: Signin_Windows_HintInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Windows_HintInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Added." |
*
* @param {Store_AddedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_added: ((inputs?: Store_AddedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_AddedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Already {level}." |
*
* @param {Store_AlreadyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_already: ((inputs: Store_AlreadyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_AlreadyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Could not change {name} to {level}: {reason} {name} is still {current}." |
*
* @param {Store_Change_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_change_failed: ((inputs: Store_Change_FailedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Change_FailedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Changed {shown} contact" |
* | * | "Changed {shown} contacts" |
*
* @param {Store_Changed_ManyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_changed_many: ((inputs: Store_Changed_ManyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Changed_ManyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Could not copy to the clipboard." |
*
* @param {Store_Clipboard_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_clipboard_failed: ((inputs?: Store_Clipboard_FailedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Clipboard_FailedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Not changed: changed from another device meanwhile. {change}." |
*
* @param {Store_Conflict_ElsewhereInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_conflict_elsewhere: ((inputs: Store_Conflict_ElsewhereInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Conflict_ElsewhereInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "it was changed from another device meanwhile." |
*
* @param {Store_Conflict_ReasonInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_conflict_reason: ((inputs?: Store_Conflict_ReasonInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Conflict_ReasonInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Diagnostics copied. Paste them into your message to support." |
*
* @param {Store_Diagnostics_CopiedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_diagnostics_copied: ((inputs?: Store_Diagnostics_CopiedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Diagnostics_CopiedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Could not collect diagnostics: {reason}" |
*
* @param {Store_Diagnostics_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_diagnostics_failed: ((inputs: Store_Diagnostics_FailedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Diagnostics_FailedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Group “{name}” created." |
*
* @param {Store_Group_CreatedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_group_created: ((inputs: Store_Group_CreatedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Group_CreatedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Group deleted." |
*
* @param {Store_Group_DeletedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_group_deleted: ((inputs?: Store_Group_DeletedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Group_DeletedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The app did not say what happened to this change." |
*
* @param {Store_No_AnswerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_no_answer: ((inputs?: Store_No_AnswerInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_No_AnswerInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "No level below." |
*
* @param {Store_No_Level_BelowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_no_level_below: ((inputs?: Store_No_Level_BelowInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_No_Level_BelowInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "No one found for “{query}”." |
*
* @param {Store_No_One_FoundInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_no_one_found: ((inputs: Store_No_One_FoundInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_No_One_FoundInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server does not let you change it." |
*
* @param {Store_Not_ChangeableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_not_changeable: ((inputs?: Store_Not_ChangeableInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Not_ChangeableInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{shown} contact was not changed" |
* | * | "{shown} contacts were not changed" |
*
* @param {Store_Not_Changed_ManyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_not_changed_many: ((inputs: Store_Not_Changed_ManyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Not_Changed_ManyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{name} was not changed: {reason}" |
*
* @param {Store_Not_Changed_OneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_not_changed_one: ((inputs: Store_Not_Changed_OneInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Not_Changed_OneInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "This contact is no longer in your list." |
*
* @param {Store_Not_In_ListInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_not_in_list: ((inputs?: Store_Not_In_ListInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Not_In_ListInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{shown} contact now blocked" |
* | * | "{shown} contacts now blocked" |
*
* @param {Store_Now_Blocked_ManyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_now_blocked_many: ((inputs: Store_Now_Blocked_ManyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Now_Blocked_ManyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{shown} contact now sees {level} info" |
* | * | "{shown} contacts now see {level} info" |
*
* @param {Store_Now_See_ManyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_now_see_many: ((inputs: Store_Now_See_ManyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Now_See_ManyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Removed." |
*
* @param {Store_RemovedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_removed: ((inputs?: Store_RemovedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_RemovedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Removed from the group." |
*
* @param {Store_Removed_From_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_removed_from_group: ((inputs?: Store_Removed_From_GroupInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Removed_From_GroupInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Renamed." |
*
* @param {Store_RenamedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_renamed: ((inputs?: Store_RenamedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_RenamedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Undone for {shown} contact" |
* | * | "Undone for {shown} contacts" |
*
* @param {Store_Undone_ManyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_undone_many: ((inputs: Store_Undone_ManyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Undone_ManyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Undone: {name} is back to {level}" |
*
* @param {Store_Undone_OneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_undone_one: ((inputs: Store_Undone_OneInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Undone_OneInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{done}; {failures}" |
*
* @param {Store_With_FailuresInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_with_failures: ((inputs: Store_With_FailuresInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_With_FailuresInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Activity" |
*
* @param {Tabs_ActivityInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_activity: ((inputs?: Tabs_ActivityInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tabs_ActivityInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Contacts" |
*
* @param {Tabs_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_contacts: ((inputs?: Tabs_ContactsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tabs_ContactsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Groups" |
*
* @param {Tabs_GroupsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_groups: ((inputs?: Tabs_GroupsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tabs_GroupsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Help" |
*
* @param {Tabs_HelpInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_help: ((inputs?: Tabs_HelpInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tabs_HelpInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Invitations" |
*
* @param {Tabs_InvitationsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_invitations: ((inputs?: Tabs_InvitationsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tabs_InvitationsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Views" |
*
* @param {Tabs_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_label: ((inputs?: Tabs_LabelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tabs_LabelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{shown} new" |
* | * | "{shown} new" |
*
* @param {Tabs_NewInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_new: ((inputs: Tabs_NewInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tabs_NewInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{shown} ringing" |
* | * | "{shown} ringing" |
*
* @param {Tabs_RingingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_ringing: ((inputs: Tabs_RingingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tabs_RingingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Settings" |
*
* @param {Tabs_SettingsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_settings: ((inputs?: Tabs_SettingsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tabs_SettingsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Who sees what" |
*
* @param {Tabs_Who_SeesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_who_sees: ((inputs?: Tabs_Who_SeesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tabs_Who_SeesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{change} (you)" |
*
* @param {Tray_Change_YoursInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_change_yours: ((inputs: Tray_Change_YoursInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Change_YoursInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Connected as {user}" |
*
* @param {Tray_ConnectedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_connected: ((inputs: Tray_ConnectedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_ConnectedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Connected as {user} (demo)" |
*
* @param {Tray_Connected_DemoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_connected_demo: ((inputs: Tray_Connected_DemoInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Connected_DemoInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Notifications cannot be shown here: new changes are counted on this icon" |
*
* @param {Tray_Notifications_UnavailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_notifications_unavailable: ((inputs?: Tray_Notifications_UnavailableInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Notifications_UnavailableInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Open UCWA Tray" |
*
* @param {Tray_OpenInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_open: ((inputs?: Tray_OpenInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_OpenInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Pause notifications" |
*
* @param {Tray_PauseInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_pause: ((inputs?: Tray_PauseInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_PauseInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "For 1 hour" |
*
* @param {Tray_Pause_HourInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_pause_hour: ((inputs?: Tray_Pause_HourInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Pause_HourInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Until tomorrow" |
*
* @param {Tray_Pause_TomorrowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_pause_tomorrow: ((inputs?: Tray_Pause_TomorrowInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Pause_TomorrowInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Notifications paused until {time}" |
*
* @param {Tray_Paused_UntilInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_paused_until: ((inputs: Tray_Paused_UntilInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Paused_UntilInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Quit UCWA Tray" |
*
* @param {Tray_QuitInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_quit: ((inputs?: Tray_QuitInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_QuitInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Recent changes" |
*
* @param {Tray_RecentInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_recent: ((inputs?: Tray_RecentInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_RecentInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "No changes yet" |
*
* @param {Tray_Recent_NoneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_recent_none: ((inputs?: Tray_Recent_NoneInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Recent_NoneInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Reconnecting (next try {time})" |
*
* @param {Tray_ReconnectingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_reconnecting: ((inputs: Tray_ReconnectingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_ReconnectingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Stopped: UCWA Tray is signed in somewhere else" |
*
* @param {Tray_ReplacedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_replaced: ((inputs?: Tray_ReplacedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_ReplacedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Resume notifications" |
*
* @param {Tray_ResumeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_resume: ((inputs?: Tray_ResumeInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_ResumeInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Sign out" |
*
* @param {Tray_Sign_OutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_sign_out: ((inputs?: Tray_Sign_OutInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Sign_OutInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Signed out" |
*
* @param {Tray_Signed_OutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_signed_out: ((inputs?: Tray_Signed_OutInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Signed_OutInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Signed out: {reason}" |
*
* @param {Tray_Signed_Out_BecauseInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_signed_out_because: ((inputs: Tray_Signed_Out_BecauseInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Signed_Out_BecauseInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Signing in: {step}…" |
*
* @param {Tray_Signing_InInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_signing_in: ((inputs: Tray_Signing_InInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Signing_InInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "signing in" |
*
* @param {Tray_Step_AuthenticatingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_step_authenticating: ((inputs?: Tray_Step_AuthenticatingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Step_AuthenticatingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "starting the session" |
*
* @param {Tray_Step_Creating_ApplicationInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_step_creating_application: ((inputs?: Tray_Step_Creating_ApplicationInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Step_Creating_ApplicationInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "finding the server" |
*
* @param {Tray_Step_DiscoveringInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_step_discovering: ((inputs?: Tray_Step_DiscoveringInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Step_DiscoveringInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "loading contacts" |
*
* @param {Tray_Step_Loading_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_step_loading_contacts: ((inputs?: Tray_Step_Loading_ContactsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Step_Loading_ContactsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "UCWA Tray: {state}" |
*
* @param {Tray_Tooltip_StateInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_tooltip_state: ((inputs: Tray_Tooltip_StateInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Tooltip_StateInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} new relationship change" |
* | * | "{count} new relationship changes" |
*
* @param {Tray_UnseenInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_unseen: ((inputs: Tray_UnseenInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_UnseenInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server sent a link that cannot be used." |
*
* @param {Trust_Bad_UrlInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_bad_url: ((inputs?: Trust_Bad_UrlInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Bad_UrlInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server sent a link to {host} that cannot be used safely." |
*
* @param {Trust_Bad_Url_HostInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_bad_url_host: ((inputs: Trust_Bad_Url_HostInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Bad_Url_HostInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{host} does not use a secure (https) connection, so nothing was sent to it." |
*
* @param {Trust_InsecureInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_insecure: ((inputs: Trust_InsecureInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_InsecureInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "a server does not use a secure (https) connection, so nothing was sent to it." |
*
* @param {Trust_Insecure_UnnamedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_insecure_unnamed: ((inputs?: Trust_Insecure_UnnamedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Insecure_UnnamedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Your domain’s Kerberos server cannot be reached. Check the network, then try again." |
*
* @param {Trust_Kdc_UnreachableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_kdc_unreachable: ((inputs?: Trust_Kdc_UnreachableInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Kdc_UnreachableInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Kerberos sign-in to {host} did not work." |
*
* @param {Trust_Kerberos_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_kerberos_failed: ((inputs: Trust_Kerberos_FailedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Kerberos_FailedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{host} does not use a secure (https) connection, so Windows sign-in was not sent to it." |
*
* @param {Trust_Kerberos_InsecureInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_kerberos_insecure: ((inputs: Trust_Kerberos_InsecureInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Kerberos_InsecureInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Your Kerberos ticket has expired. Sign in to your domain again (kinit), then try again." |
*
* @param {Trust_Kerberos_Ticket_ExpiredInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_kerberos_ticket_expired: ((inputs?: Trust_Kerberos_Ticket_ExpiredInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Kerberos_Ticket_ExpiredInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Windows sign-in needs Kerberos support, which is not installed with this copy of the app." |
*
* @param {Trust_Kerberos_UnavailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_kerberos_unavailable: ((inputs?: Trust_Kerberos_UnavailableInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Kerberos_UnavailableInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "This server offers Windows sign-in, but not with Kerberos from this computer." |
*
* @param {Trust_Negotiate_Not_OfferedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_negotiate_not_offered: ((inputs?: Trust_Negotiate_Not_OfferedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Negotiate_Not_OfferedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "You have no Kerberos ticket. Sign in to your domain first (for example with kinit), then try again." |
*
* @param {Trust_No_Kerberos_TicketInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_no_kerberos_ticket: ((inputs?: Trust_No_Kerberos_TicketInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_No_Kerberos_TicketInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "This server signs in Windows accounts with NTLM: enter your Windows user name and password." |
*
* @param {Trust_Ntlm_Needs_AccountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_ntlm_needs_account: ((inputs?: Trust_Ntlm_Needs_AccountInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Ntlm_Needs_AccountInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server refused your Windows user name or password (NTLM). Check both and try again." |
*
* @param {Trust_Ntlm_RefusedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_ntlm_refused: ((inputs?: Trust_Ntlm_RefusedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Ntlm_RefusedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "This server does not accept password sign-in." |
*
* @param {Trust_Password_Not_OfferedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_password_not_offered: ((inputs?: Trust_Password_Not_OfferedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Password_Not_OfferedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server asked for your sign-in to be sent to {host}, which you have not signed in to." |
*
* @param {Trust_Token_ElsewhereInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_token_elsewhere: ((inputs: Trust_Token_ElsewhereInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Token_ElsewhereInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server asked for your sign-in to be sent to a server, which you have not signed in to." |
*
* @param {Trust_Token_Elsewhere_UnnamedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_token_elsewhere_unnamed: ((inputs?: Trust_Token_Elsewhere_UnnamedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Token_Elsewhere_UnnamedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{host} is not set up for Kerberos sign-in in your domain." |
*
* @param {Trust_Unknown_ServiceInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_unknown_service: ((inputs: Trust_Unknown_ServiceInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Unknown_ServiceInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server pointed to {host}, which you have not signed in to." |
*
* @param {Trust_Untrusted_HostInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_untrusted_host: ((inputs: Trust_Untrusted_HostInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Untrusted_HostInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server pointed to a server, which you have not signed in to." |
*
* @param {Trust_Untrusted_Host_UnnamedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_untrusted_host_unnamed: ((inputs?: Trust_Untrusted_Host_UnnamedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Untrusted_Host_UnnamedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "This server does not offer Windows sign-in." |
*
* @param {Trust_Windows_Not_OfferedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_windows_not_offered: ((inputs?: Trust_Windows_Not_OfferedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Windows_Not_OfferedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Another device" |
*
* @param {Words_By_Other_DeviceInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_by_other_device: ((inputs?: Words_By_Other_DeviceInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_By_Other_DeviceInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "You, in this app" |
*
* @param {Words_By_YouInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_by_you: ((inputs?: Words_By_YouInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_By_YouInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Changed from another device: {change} (was {level})" |
*
* @param {Words_Changed_ElsewhereInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_changed_elsewhere: ((inputs: Words_Changed_ElsewhereInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Changed_ElsewhereInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{name}'s level is no longer known" |
*
* @param {Words_Level_No_Longer_KnownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_level_no_longer_known: ((inputs: Words_Level_No_Longer_KnownInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Level_No_Longer_KnownInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{name}'s level is not known" |
*
* @param {Words_Level_Not_KnownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_level_not_known: ((inputs: Words_Level_Not_KnownInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Level_Not_KnownInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The network connection to the server dropped." |
*
* @param {Words_Network_DroppedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_network_dropped: ((inputs?: Words_Network_DroppedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Network_DroppedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{name} now sees {level} info" |
*
* @param {Words_Now_Sees_InfoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_now_sees_info: ((inputs: Words_Now_Sees_InfoInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Now_Sees_InfoInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "This computer is offline." |
*
* @param {Words_OfflineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_offline: ((inputs?: Words_OfflineInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_OfflineInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server dropped the connection." |
*
* @param {Words_Server_DroppedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_server_dropped: ((inputs?: Words_Server_DroppedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Server_DroppedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{head} and {last}" |
*
* @param {Wsw_AndInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_and: ((inputs: Wsw_AndInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_AndInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "only your name and e-mail address, and they cannot reach you" |
*
* @param {Wsw_Basics_BlockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_basics_blocked: ((inputs?: Wsw_Basics_BlockedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Basics_BlockedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "your name, title, e-mail, company, office, picture" |
*
* @param {Wsw_Basics_CardInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_basics_card: ((inputs?: Wsw_Basics_CardInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Basics_CardInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "what the server allows: it did not say which level applies" |
*
* @param {Wsw_Basics_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_basics_unknown: ((inputs?: Wsw_Basics_UnknownInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Basics_UnknownInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "your contact card" |
*
* @param {Wsw_Contact_CardInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_contact_card: ((inputs?: Wsw_Contact_CardInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Contact_CardInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{shown} contact" |
* | * | "{shown} contacts" |
*
* @param {Wsw_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_contacts: ((inputs: Wsw_ContactsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_ContactsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "a way to reach you on Do Not Disturb" |
*
* @param {Wsw_Info_Dnd_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_dnd_label: ((inputs?: Wsw_Info_Dnd_LabelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Dnd_LabelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Do Not Disturb" |
*
* @param {Wsw_Info_Dnd_ShortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_dnd_short: ((inputs?: Wsw_Info_Dnd_ShortInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Dnd_ShortInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "when you are free or busy" |
*
* @param {Wsw_Info_Free_Busy_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_free_busy_label: ((inputs?: Wsw_Info_Free_Busy_LabelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Free_Busy_LabelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "when you are free or busy" |
*
* @param {Wsw_Info_Free_Busy_ListedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_free_busy_listed: ((inputs?: Wsw_Info_Free_Busy_ListedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Free_Busy_ListedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "free/busy" |
*
* @param {Wsw_Info_Free_Busy_ShortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_free_busy_short: ((inputs?: Wsw_Info_Free_Busy_ShortInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Free_Busy_ShortInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "your home phone number" |
*
* @param {Wsw_Info_Home_Phone_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_home_phone_label: ((inputs?: Wsw_Info_Home_Phone_LabelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Home_Phone_LabelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "home phone number" |
*
* @param {Wsw_Info_Home_Phone_ListedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_home_phone_listed: ((inputs?: Wsw_Info_Home_Phone_ListedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Home_Phone_ListedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "home phone" |
*
* @param {Wsw_Info_Home_Phone_ShortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_home_phone_short: ((inputs?: Wsw_Info_Home_Phone_ShortInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Home_Phone_ShortInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "your location" |
*
* @param {Wsw_Info_Location_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_location_label: ((inputs?: Wsw_Info_Location_LabelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Location_LabelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "location" |
*
* @param {Wsw_Info_Location_ListedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_location_listed: ((inputs?: Wsw_Info_Location_ListedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Location_ListedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "location" |
*
* @param {Wsw_Info_Location_ShortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_location_short: ((inputs?: Wsw_Info_Location_ShortInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Location_ShortInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "your meeting locations" |
*
* @param {Wsw_Info_Meeting_Locations_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_meeting_locations_label: ((inputs?: Wsw_Info_Meeting_Locations_LabelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Meeting_Locations_LabelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "meeting locations" |
*
* @param {Wsw_Info_Meeting_Locations_ListedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_meeting_locations_listed: ((inputs?: Wsw_Info_Meeting_Locations_ListedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Meeting_Locations_ListedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "meeting locations" |
*
* @param {Wsw_Info_Meeting_Locations_ShortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_meeting_locations_short: ((inputs?: Wsw_Info_Meeting_Locations_ShortInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Meeting_Locations_ShortInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "your meeting subjects" |
*
* @param {Wsw_Info_Meeting_Subjects_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_meeting_subjects_label: ((inputs?: Wsw_Info_Meeting_Subjects_LabelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Meeting_Subjects_LabelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "meeting subjects" |
*
* @param {Wsw_Info_Meeting_Subjects_ListedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_meeting_subjects_listed: ((inputs?: Wsw_Info_Meeting_Subjects_ListedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Meeting_Subjects_ListedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "meeting subjects" |
*
* @param {Wsw_Info_Meeting_Subjects_ShortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_meeting_subjects_short: ((inputs?: Wsw_Info_Meeting_Subjects_ShortInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Meeting_Subjects_ShortInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "your mobile phone number" |
*
* @param {Wsw_Info_Mobile_Phone_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_mobile_phone_label: ((inputs?: Wsw_Info_Mobile_Phone_LabelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Mobile_Phone_LabelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "mobile phone number" |
*
* @param {Wsw_Info_Mobile_Phone_ListedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_mobile_phone_listed: ((inputs?: Wsw_Info_Mobile_Phone_ListedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Mobile_Phone_ListedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "mobile phone" |
*
* @param {Wsw_Info_Mobile_Phone_ShortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_mobile_phone_short: ((inputs?: Wsw_Info_Mobile_Phone_ShortInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Mobile_Phone_ShortInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "your note and out-of-office message" |
*
* @param {Wsw_Info_Note_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_note_label: ((inputs?: Wsw_Info_Note_LabelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Note_LabelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "note and out-of-office message" |
*
* @param {Wsw_Info_Note_ListedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_note_listed: ((inputs?: Wsw_Info_Note_ListedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Note_ListedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "note" |
*
* @param {Wsw_Info_Note_ShortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_note_short: ((inputs?: Wsw_Info_Note_ShortInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Note_ShortInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "your other phone number" |
*
* @param {Wsw_Info_Other_Phone_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_other_phone_label: ((inputs?: Wsw_Info_Other_Phone_LabelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Other_Phone_LabelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "other phone number" |
*
* @param {Wsw_Info_Other_Phone_ListedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_other_phone_listed: ((inputs?: Wsw_Info_Other_Phone_ListedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Other_Phone_ListedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "other phone" |
*
* @param {Wsw_Info_Other_Phone_ShortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_other_phone_short: ((inputs?: Wsw_Info_Other_Phone_ShortInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Other_Phone_ShortInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "your presence (Available, Busy, Away…)" |
*
* @param {Wsw_Info_Presence_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_presence_label: ((inputs?: Wsw_Info_Presence_LabelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Presence_LabelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "presence" |
*
* @param {Wsw_Info_Presence_ListedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_presence_listed: ((inputs?: Wsw_Info_Presence_ListedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Presence_ListedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "presence" |
*
* @param {Wsw_Info_Presence_ShortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_presence_short: ((inputs?: Wsw_Info_Presence_ShortInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Presence_ShortInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "What each of your contacts can see about you, from the relationship you have with them. Moving people down a level shows them less; Undo brings them back." |
*
* @param {Wsw_IntroInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_intro: ((inputs?: Wsw_IntroInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_IntroInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "{count} {level}" |
*
* @param {Wsw_Level_CountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_level_count: ((inputs: Wsw_Level_CountInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Level_CountInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "The server did not say which level applies." |
*
* @param {Wsw_Level_Not_SaidInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_level_not_said: ((inputs?: Wsw_Level_Not_SaidInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Level_Not_SaidInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Sees only your name and e-mail address, and cannot reach you." |
*
* @param {Wsw_Line_BlockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_line_blocked: ((inputs?: Wsw_Line_BlockedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Line_BlockedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "and {shown} more (search them in Contacts)" |
* | * | "and {shown} more (search them in Contacts)" |
*
* @param {Wsw_MoreInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_more: ((inputs: Wsw_MoreInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_MoreInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Move this person down a level" |
* | * | "Move these {shown} people down a level" |
*
* @param {Wsw_Move_DownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_move_down: ((inputs: Wsw_Move_DownInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Move_DownInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Nobody" |
*
* @param {Wsw_NobodyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_nobody: ((inputs?: Wsw_NobodyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_NobodyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{shown} person" |
* | * | "{shown} people" |
*
* @param {Wsw_PeopleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_people: ((inputs: Wsw_PeopleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_PeopleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Can reach you on Do Not Disturb." |
*
* @param {Wsw_Reach_DndInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_reach_dnd: ((inputs?: Wsw_Reach_DndInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Reach_DndInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Seen by {levels}" |
*
* @param {Wsw_Seen_ByInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_seen_by: ((inputs: Wsw_Seen_ByInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Seen_ByInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Sees {items}." |
*
* @param {Wsw_SeesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_sees: ((inputs: Wsw_SeesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_SeesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Only your name and e-mail address; cannot reach you." |
*
* @param {Wsw_Short_BlockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_short_blocked: ((inputs?: Wsw_Short_BlockedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Short_BlockedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Who sees what" |
*
* @param {Wsw_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_title: ((inputs?: Wsw_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "The server did not say the level of {shown} contact: they are not counted below." |
* | * | "The server did not say the level of {shown} contacts: they are not counted below." |
*
* @param {Wsw_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_unknown: ((inputs: Wsw_UnknownInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_UnknownInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
/**
* | output |
* | --- |
* | "Who" |
*
* @param {Wsw_WhoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_who: ((inputs?: Wsw_WhoInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_WhoInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Activity_AddedInputs = {};
export type Activity_Any_LevelInputs = {};
export type Activity_AnyoneInputs = {};
export type Activity_Away_ChangedInputs = {
    count: NonNullable<unknown>;
    between: NonNullable<unknown>;
};
export type Activity_ByInputs = {};
export type Activity_Cannot_ChangeInputs = {};
export type Activity_CaptionInputs = {};
export type Activity_ChangeInputs = {};
export type Activity_Changed_ByInputs = {};
export type Activity_ContactInputs = {};
export type Activity_Csv_FromInputs = {};
export type Activity_Csv_SipInputs = {};
export type Activity_Csv_ToInputs = {};
export type Activity_Csv_WhenInputs = {};
export type Activity_EmptyInputs = {};
export type Activity_ExportInputs = {};
export type Activity_Filter_ContactInputs = {};
export type Activity_FiltersInputs = {};
export type Activity_Is_LevelInputs = {
    level: NonNullable<unknown>;
};
export type Activity_LevelInputs = {};
export type Activity_No_MatchInputs = {};
export type Activity_Not_In_ListInputs = {};
export type Activity_RemovedInputs = {
    level: NonNullable<unknown>;
};
export type Activity_RevertInputs = {};
export type Activity_Revert_LabelInputs = {
    name: NonNullable<unknown>;
    level: NonNullable<unknown>;
};
export type Activity_Show_AllInputs = {};
export type Activity_TitleInputs = {};
export type Activity_ToInputs = {};
export type Activity_Was_UnknownInputs = {};
export type Activity_WhenInputs = {};
export type Activity_While_AwayInputs = {};
export type Activity_While_Away_HeadingInputs = {};
export type App_StartingInputs = {};
export type App_User_DemoInputs = {
    user: NonNullable<unknown>;
};
export type Banner_Error_HeadingInputs = {
    heading: NonNullable<unknown>;
};
export type Banner_Next_TryInputs = {
    when: NonNullable<unknown>;
};
export type Banner_ReconnectingInputs = {
    headline: NonNullable<unknown>;
};
export type Banner_Retry_NowInputs = {};
export type Banner_Sign_In_AgainInputs = {};
export type Banner_Signed_OutInputs = {};
export type Bulk_ChangeInputs = {};
export type Bulk_Change_All_ToInputs = {};
export type Bulk_Change_CountInputs = {
    count: NonNullable<unknown>;
    n: NonNullable<unknown>;
};
export type Bulk_Choose_LevelInputs = {};
export type Bulk_ClearInputs = {};
export type Bulk_Level_CountInputs = {
    n: NonNullable<unknown>;
    level: NonNullable<unknown>;
};
export type Bulk_Names_MoreInputs = {
    count: NonNullable<unknown>;
    names: NonNullable<unknown>;
    n: NonNullable<unknown>;
};
export type Bulk_NowInputs = {
    levels: NonNullable<unknown>;
};
export type Bulk_OfflineInputs = {};
export type Bulk_ProgressInputs = {
    done: NonNullable<unknown>;
    total: NonNullable<unknown>;
};
export type Bulk_Progress_LabelInputs = {};
export type Bulk_SelectedInputs = {
    count: NonNullable<unknown>;
    n: NonNullable<unknown>;
};
export type Bulk_SkippedInputs = {
    count: NonNullable<unknown>;
    n: NonNullable<unknown>;
};
export type Card_Can_UseInputs = {};
export type Card_CompanyInputs = {};
export type Card_DepartmentInputs = {};
export type Card_Details_FailedInputs = {
    reason: NonNullable<unknown>;
};
export type Card_EmailInputs = {};
export type Card_Last_ActiveInputs = {
    time: NonNullable<unknown>;
};
export type Card_LocationInputs = {};
export type Card_NoteInputs = {};
export type Card_Note_Out_Of_OfficeInputs = {};
export type Card_OfficeInputs = {};
export type Card_Phone_HomeInputs = {};
export type Card_Phone_MobileInputs = {};
export type Card_Phone_OtherInputs = {};
export type Card_Phone_WorkInputs = {};
export type Card_Photo_OfInputs = {
    name: NonNullable<unknown>;
};
export type Card_Sip_AddressInputs = {};
export type Card_Source_NetworkInputs = {};
export type Channel_EndedInputs = {};
export type Channel_Ended_Agent_Not_AllowedInputs = {};
export type Channel_Ended_ExpiredInputs = {};
export type Channel_Ended_Too_ManyInputs = {};
export type Channel_NetworkInputs = {};
export type Channel_Not_UnderstoodInputs = {};
export type Channel_Outage_Too_LongInputs = {};
export type Channel_Password_RefusedInputs = {};
export type Channel_RefusedInputs = {
    status: NonNullable<unknown>;
};
export type Channel_Server_ErrorInputs = {
    status: NonNullable<unknown>;
};
export type Channel_Session_LostInputs = {};
export type Channel_Sign_In_RefusedInputs = {};
export type Channel_TimeoutInputs = {};
export type Channel_Untrusted_CertificateInputs = {};
export type Channel_Unusable_AnswerInputs = {};
export type Cli_CommandsInputs = {};
export type Cli_Contacts_SummaryInputs = {};
export type Cli_Contacts_ValuesInputs = {};
export type Cli_Decode_SummaryInputs = {};
export type Cli_Format_ValuesInputs = {};
export type Cli_Group_Not_CreatedInputs = {
    name: NonNullable<unknown>;
};
export type Cli_Groups_SummaryInputs = {};
export type Cli_Host_LoopbackInputs = {};
export type Cli_Level_NowInputs = {
    level: NonNullable<unknown>;
};
export type Cli_Level_ValuesInputs = {
    levels: NonNullable<unknown>;
};
export type Cli_Limit_ValuesInputs = {};
export type Cli_Neither_Json_Nor_XmlInputs = {};
export type Cli_No_PasswordInputs = {};
export type Cli_No_Such_GroupInputs = {
    group: NonNullable<unknown>;
};
export type Cli_Not_In_ContactsInputs = {
    contact: NonNullable<unknown>;
};
export type Cli_Not_TaggedInputs = {
    uri: NonNullable<unknown>;
};
export type Cli_Password_CancelledInputs = {};
export type Cli_Password_Line_Too_LongInputs = {};
export type Cli_Password_NoteInputs = {};
export type Cli_Password_PromptInputs = {};
export type Cli_Password_UnreadableInputs = {
    reason: NonNullable<unknown>;
};
export type Cli_Port_ValuesInputs = {
    port: NonNullable<unknown>;
};
export type Cli_Relationship_SummaryInputs = {};
export type Cli_Reset_DoneInputs = {
    sentence: NonNullable<unknown>;
};
export type Cli_Signed_OutInputs = {};
export type Cli_Sim_SummaryInputs = {};
export type Cli_State_DamagedInputs = {
    path: NonNullable<unknown>;
};
export type Cli_State_OptionInputs = {};
export type Cli_Tag_SummaryInputs = {};
export type Cli_Type_ValuesInputs = {};
export type Cli_Unknown_CommandInputs = {
    name: NonNullable<unknown>;
};
export type Cli_UsageInputs = {};
export type Cli_Usage_LineInputs = {
    syntax: NonNullable<unknown>;
};
export type Cli_Watch_SummaryInputs = {};
export type Contactlist_AbsentInputs = {};
export type Contactlist_Already_In_GroupInputs = {};
export type Contactlist_Delegates_Read_OnlyInputs = {};
export type Contactlist_Duplicate_GroupInputs = {};
export type Contactlist_FailedInputs = {};
export type Contactlist_FullInputs = {};
export type Contactlist_Group_ChangedInputs = {};
export type Contactlist_Member_Not_In_GroupInputs = {
    uri: NonNullable<unknown>;
    group: NonNullable<unknown>;
};
export type Contactlist_No_SearchInputs = {};
export type Contactlist_No_Such_GroupInputs = {};
export type Contactlist_Only_Own_GroupsInputs = {};
export type Contactlist_Person_Not_FoundInputs = {
    uri: NonNullable<unknown>;
};
export type Contactlist_Read_OnlyInputs = {};
export type Contacts_All_LevelsInputs = {};
export type Contacts_Group_Select_AllInputs = {};
export type Contacts_Group_Select_All_InInputs = {
    count: NonNullable<unknown>;
    group: NonNullable<unknown>;
};
export type Contacts_JumpInputs = {};
export type Contacts_Jump_GroupInputs = {};
export type Contacts_No_CompanyInputs = {};
export type Contacts_None_MatchInputs = {};
export type Contacts_PlaceholderInputs = {};
export type Contacts_Row_SavingInputs = {};
export type Contacts_Row_SelectedInputs = {};
export type Contacts_SearchInputs = {};
export type Contacts_Search_HintInputs = {};
export type Contacts_Select_ShownInputs = {
    n: NonNullable<unknown>;
};
export type Contacts_Show_LevelInputs = {};
export type Contacts_Shown_OfInputs = {
    count: NonNullable<unknown>;
    n: NonNullable<unknown>;
    total: NonNullable<unknown>;
};
export type Contacts_SortInputs = {};
export type Contacts_Sort_CompanyInputs = {};
export type Contacts_Sort_Last_ChangeInputs = {};
export type Contacts_Sort_LevelInputs = {};
export type Contacts_Sort_NameInputs = {};
export type Contacts_TitleInputs = {};
export type Dialog_BlockInputs = {};
export type Dialog_Block_BodyInputs = {
    count: NonNullable<unknown>;
    who: NonNullable<unknown>;
    what: NonNullable<unknown>;
};
export type Dialog_Block_TitleInputs = {
    who: NonNullable<unknown>;
};
export type Dialog_CancelInputs = {};
export type Discovery_No_AnswerInputs = {
    domain: NonNullable<unknown>;
    hosts: NonNullable<unknown>;
};
export type Err_Account_LockedInputs = {};
export type Err_Address_FormatInputs = {};
export type Err_Bad_ServerInputs = {};
export type Err_Check_BothInputs = {};
export type Err_ForbiddenInputs = {};
export type Err_Insecure_UrlInputs = {};
export type Err_Invalid_ArgumentInputs = {};
export type Err_Invalid_GrantInputs = {};
export type Err_NetworkInputs = {};
export type Err_No_AnswerInputs = {
    reason: NonNullable<unknown>;
};
export type Err_No_KeyringInputs = {};
export type Err_Not_AvailableInputs = {};
export type Err_Not_Signed_InInputs = {};
export type Err_Password_Too_LongInputs = {};
export type Err_Server_Not_FoundInputs = {};
export type Err_Service_FailureInputs = {};
export type Err_TimeoutInputs = {};
export type Err_TlsInputs = {};
export type Err_UnknownInputs = {};
export type Err_Untrusted_HostInputs = {};
export type Error_AbortedInputs = {};
export type Error_Account_LockedInputs = {};
export type Error_Bad_RequestInputs = {};
export type Error_Certificate_AuthorityInputs = {};
export type Error_Certificate_DateInputs = {};
export type Error_Certificate_NameInputs = {};
export type Error_Certificate_RevokedInputs = {};
export type Error_Client_TimeoutInputs = {};
export type Error_ConflictInputs = {};
export type Error_Contact_Not_In_ListInputs = {};
export type Error_Entity_Too_LargeInputs = {};
export type Error_Exchange_Service_FailureInputs = {};
export type Error_ForbiddenInputs = {};
export type Error_Foreign_SenderInputs = {};
export type Error_Gateway_TimeoutInputs = {};
export type Error_GoneInputs = {};
export type Error_Http_ErrorInputs = {};
export type Error_InformationalInputs = {};
export type Error_Insecure_UrlInputs = {};
export type Error_InternalInputs = {};
export type Error_Invalid_GrantInputs = {};
export type Error_Invalid_RequestInputs = {
    detail: NonNullable<unknown>;
};
export type Error_Local_FailureInputs = {};
export type Error_Malformed_ResponseInputs = {};
export type Error_Method_Not_AllowedInputs = {};
export type Error_NetworkInputs = {};
export type Error_No_Answer_For_ChangeInputs = {};
export type Error_Not_AcceptableInputs = {};
export type Error_Not_AvailableInputs = {};
export type Error_Not_FoundInputs = {};
export type Error_Precondition_FailedInputs = {};
export type Error_Precondition_RequiredInputs = {};
export type Error_Remote_FailureInputs = {};
export type Error_Response_Too_LargeInputs = {};
export type Error_Server_Not_FoundInputs = {};
export type Error_Service_FailureInputs = {};
export type Error_Service_UnavailableInputs = {};
export type Error_Something_Went_WrongInputs = {};
export type Error_TimeoutInputs = {};
export type Error_TlsInputs = {};
export type Error_Too_Many_ApplicationsInputs = {};
export type Error_Too_Many_RequestsInputs = {};
export type Error_UnauthorizedInputs = {};
export type Error_Unknown_RequestInputs = {};
export type Error_Unsupported_Media_TypeInputs = {};
export type Feedback_And_MoreInputs = {
    count: NonNullable<unknown>;
    n: NonNullable<unknown>;
};
export type Feedback_DismissInputs = {};
export type Feedback_Not_ChangedInputs = {};
export type Feedback_ShowInputs = {};
export type Feedback_UndoInputs = {};
export type Format_BetweenInputs = {
    from: NonNullable<unknown>;
    to: NonNullable<unknown>;
};
export type Format_Changed_BetweenInputs = {
    between: NonNullable<unknown>;
};
export type Format_ContactsInputs = {
    count: NonNullable<unknown>;
    n: NonNullable<unknown>;
};
export type Format_Countdown_MinutesInputs = {
    n: NonNullable<unknown>;
};
export type Format_Countdown_NowInputs = {};
export type Format_Countdown_SecondsInputs = {
    n: NonNullable<unknown>;
};
export type Format_Hours_AgoInputs = {
    n: NonNullable<unknown>;
};
export type Format_Just_NowInputs = {};
export type Format_Minutes_AgoInputs = {
    n: NonNullable<unknown>;
};
export type Format_Modality_AudioInputs = {};
export type Format_Modality_MessagingInputs = {};
export type Format_Modality_Phone_AudioInputs = {};
export type Format_Modality_VideoInputs = {};
export type Format_Source_FederatedInputs = {};
export type Format_Source_Public_CloudInputs = {};
export type Format_Source_Same_EnterpriseInputs = {};
export type Format_Step_AuthenticatingInputs = {};
export type Format_Step_Creating_ApplicationInputs = {};
export type Format_Step_DiscoveringInputs = {};
export type Format_Step_Loading_ContactsInputs = {};
export type Format_Step_Loading_CountInputs = {
    count: NonNullable<unknown>;
    n: NonNullable<unknown>;
};
export type Format_YesterdayInputs = {};
export type Groups_AddInputs = {
    name: NonNullable<unknown>;
};
export type Groups_Add_ToInputs = {};
export type Groups_CreateInputs = {};
export type Groups_Delegates_NoteInputs = {};
export type Groups_Delegates_TitleInputs = {};
export type Groups_DeleteInputs = {
    name: NonNullable<unknown>;
};
export type Groups_DistributionInputs = {};
export type Groups_FavoritesInputs = {};
export type Groups_Find_TitleInputs = {};
export type Groups_In_ContactsInputs = {};
export type Groups_LevelInputs = {};
export type Groups_List_TitleInputs = {};
export type Groups_Managed_ForInputs = {};
export type Groups_Members_UnreadInputs = {
    reason: NonNullable<unknown>;
};
export type Groups_More_ResultsInputs = {};
export type Groups_My_DelegatesInputs = {};
export type Groups_My_OrganizationInputs = {};
export type Groups_Name_Or_EmailInputs = {};
export type Groups_New_GroupInputs = {};
export type Groups_New_NameInputs = {};
export type Groups_No_MembersInputs = {};
export type Groups_No_TagsInputs = {};
export type Groups_NoneInputs = {};
export type Groups_Other_ContactsInputs = {};
export type Groups_Reading_MembersInputs = {};
export type Groups_Remove_FromInputs = {
    group: NonNullable<unknown>;
};
export type Groups_RenameInputs = {
    name: NonNullable<unknown>;
};
export type Groups_SaveInputs = {};
export type Groups_SearchInputs = {};
export type Groups_Status_UnknownInputs = {};
export type Groups_TagInputs = {};
export type Groups_Tags_TitleInputs = {};
export type Groups_TitleInputs = {};
export type Groups_UntagInputs = {};
export type Help_About_AbsentInputs = {
    error: NonNullable<unknown>;
};
export type Help_About_TitleInputs = {};
export type Help_AccountInputs = {};
export type Help_Auto_TextInputs = {};
export type Help_Auto_TitleInputs = {};
export type Help_Built_OnInputs = {};
export type Help_Contacts_TextInputs = {};
export type Help_Copy_DiagnosticsInputs = {};
export type Help_Delegates_AreInputs = {};
export type Help_Delegates_TitleInputs = {};
export type Help_Delegators_AreInputs = {};
export type Help_Diagnostics_NoteInputs = {};
export type Help_Label_ColonInputs = {};
export type Help_Levels_IntroInputs = {};
export type Help_Levels_TitleInputs = {};
export type Help_LoadingInputs = {};
export type Help_NoInputs = {};
export type Help_Not_Signed_InInputs = {};
export type Help_Protocol_FormatInputs = {};
export type Help_Protocol_NoteInputs = {};
export type Help_ServerInputs = {};
export type Help_Signed_In_AsInputs = {};
export type Help_Signed_In_DemoInputs = {};
export type Help_Signed_In_OnInputs = {
    server: NonNullable<unknown>;
};
export type Help_Signed_In_WithInputs = {};
export type Help_Sources_NoteInputs = {};
export type Help_Stores_ContactsInputs = {};
export type Help_Stores_History_NameInputs = {};
export type Help_Stores_History_TextInputs = {};
export type Help_Stores_Last_NameInputs = {};
export type Help_Stores_Last_TextInputs = {};
export type Help_Stores_Log_NameInputs = {};
export type Help_Stores_Log_TextInputs = {};
export type Help_Stores_Secrets_NameInputs = {};
export type Help_Stores_Secrets_TextInputs = {};
export type Help_Stores_Settings_NameInputs = {};
export type Help_Stores_Settings_TextInputs = {
    linux: NonNullable<unknown>;
    windows: NonNullable<unknown>;
    mac: NonNullable<unknown>;
};
export type Help_Stores_Tags_NameInputs = {};
export type Help_Stores_Tags_TextInputs = {};
export type Help_Stores_TitleInputs = {};
export type Help_Table_CaptionInputs = {};
export type Help_Table_InformationInputs = {};
export type Help_TitleInputs = {};
export type Help_Trouble_TitleInputs = {};
export type Help_VersionInputs = {};
export type Help_YesInputs = {};
export type Invite_Answer_HintInputs = {};
export type Invite_CallInputs = {
    caller: NonNullable<unknown>;
};
export type Invite_Call_ForInputs = {
    caller: NonNullable<unknown>;
    delegator: NonNullable<unknown>;
};
export type Invite_Call_On_BehalfInputs = {
    caller: NonNullable<unknown>;
    boss: NonNullable<unknown>;
};
export type Invite_Call_On_Behalf_ForInputs = {
    caller: NonNullable<unknown>;
    boss: NonNullable<unknown>;
    delegator: NonNullable<unknown>;
};
export type Invite_ChatInputs = {
    caller: NonNullable<unknown>;
};
export type Invite_Chat_ForInputs = {
    caller: NonNullable<unknown>;
    delegator: NonNullable<unknown>;
};
export type Invite_Chat_On_BehalfInputs = {
    caller: NonNullable<unknown>;
    boss: NonNullable<unknown>;
};
export type Invite_Chat_On_Behalf_ForInputs = {
    caller: NonNullable<unknown>;
    boss: NonNullable<unknown>;
    delegator: NonNullable<unknown>;
};
export type Invite_Clear_EndedInputs = {
    n: NonNullable<unknown>;
};
export type Invite_DismissInputs = {
    name: NonNullable<unknown>;
};
export type Invite_Explain_DelegatorInputs = {
    boss: NonNullable<unknown>;
};
export type Invite_Explain_On_BehalfInputs = {
    caller: NonNullable<unknown>;
    boss: NonNullable<unknown>;
};
export type Invite_Kind_Audio_VideoInputs = {};
export type Invite_Kind_MessagingInputs = {};
export type Invite_Kind_Phone_AudioInputs = {};
export type Invite_NoneInputs = {};
export type Invite_PartyInputs = {
    role: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Invite_Party_LevelInputs = {
    level: NonNullable<unknown>;
};
export type Invite_Party_UnknownInputs = {};
export type Invite_Role_CallerInputs = {};
export type Invite_Role_DelegatorInputs = {};
export type Invite_Role_On_Behalf_OfInputs = {};
export type Invite_Show_ContactInputs = {};
export type Invite_State_AcceptedInputs = {};
export type Invite_State_Accepted_ElsewhereInputs = {};
export type Invite_State_CancelledInputs = {};
export type Invite_State_DeclinedInputs = {};
export type Invite_State_MissedInputs = {};
export type Invite_State_RingingInputs = {};
export type Invite_SubjectInputs = {
    subject: NonNullable<unknown>;
};
export type Invite_TitleInputs = {};
export type Level_BlockedInputs = {};
export type Level_ColleaguesInputs = {};
export type Level_ExternalInputs = {};
export type Level_FriendsInputs = {};
export type Level_UnknownInputs = {};
export type Level_WorkgroupInputs = {};
export type Menu_Actions_ForInputs = {
    name: NonNullable<unknown>;
};
export type Menu_Auto_AlreadyInputs = {
    level: NonNullable<unknown>;
};
export type Menu_Auto_AssignInputs = {};
export type Menu_Auto_BackInputs = {};
export type Menu_Auto_Back_ToInputs = {
    level: NonNullable<unknown>;
};
export type Menu_CopiedInputs = {
    address: NonNullable<unknown>;
};
export type Menu_Copy_AddressInputs = {};
export type Menu_Copy_FailedInputs = {};
export type Menu_Open_CardInputs = {};
export type Notify_AddedInputs = {
    name: NonNullable<unknown>;
};
export type Notify_Alert_Available_TitleInputs = {
    name: NonNullable<unknown>;
};
export type Notify_Alert_Back_TitleInputs = {
    name: NonNullable<unknown>;
};
export type Notify_Alert_BodyInputs = {
    name: NonNullable<unknown>;
    now: NonNullable<unknown>;
    was: NonNullable<unknown>;
};
export type Notify_Alert_Left_Dnd_TitleInputs = {
    name: NonNullable<unknown>;
};
export type Notify_Alerts_Available_TitleInputs = {
    count: NonNullable<unknown>;
};
export type Notify_Alerts_Back_TitleInputs = {
    count: NonNullable<unknown>;
};
export type Notify_Alerts_BodyInputs = {
    list: NonNullable<unknown>;
};
export type Notify_Burst_BodyInputs = {
    list: NonNullable<unknown>;
};
export type Notify_Burst_Body_EmptyInputs = {};
export type Notify_Burst_TitleInputs = {
    count: NonNullable<unknown>;
};
export type Notify_Call_ForInputs = {
    whom: NonNullable<unknown>;
};
export type Notify_Changed_BodyInputs = {
    change: NonNullable<unknown>;
    level: NonNullable<unknown>;
};
export type Notify_Changed_TitleInputs = {};
export type Notify_Incoming_CallInputs = {};
export type Notify_Incoming_MessageInputs = {};
export type Notify_Is_CallingInputs = {
    from: NonNullable<unknown>;
    subject: NonNullable<unknown>;
};
export type Notify_Is_Calling_ForInputs = {
    from: NonNullable<unknown>;
    whom: NonNullable<unknown>;
    subject: NonNullable<unknown>;
};
export type Notify_List_And_MoreInputs = {
    list: NonNullable<unknown>;
    rest: NonNullable<unknown>;
};
export type Notify_List_TwoInputs = {
    first: NonNullable<unknown>;
    second: NonNullable<unknown>;
};
export type Notify_Message_ForInputs = {
    whom: NonNullable<unknown>;
};
export type Notify_Now_BlockedInputs = {
    name: NonNullable<unknown>;
};
export type Notify_Now_SeesInputs = {
    name: NonNullable<unknown>;
    level: NonNullable<unknown>;
};
export type Notify_Now_UnknownInputs = {
    name: NonNullable<unknown>;
};
export type Notify_RemovedInputs = {
    name: NonNullable<unknown>;
};
export type Notify_Sent_MessageInputs = {
    from: NonNullable<unknown>;
    subject: NonNullable<unknown>;
};
export type Notify_Sent_Message_ForInputs = {
    from: NonNullable<unknown>;
    whom: NonNullable<unknown>;
    subject: NonNullable<unknown>;
};
export type Notify_Signed_Out_TitleInputs = {};
export type Notify_Status_AwayInputs = {};
export type Notify_Status_Be_Right_BackInputs = {};
export type Notify_Status_BusyInputs = {};
export type Notify_Status_Do_Not_DisturbInputs = {};
export type Notify_Status_Idle_BusyInputs = {};
export type Notify_Status_Idle_OnlineInputs = {};
export type Notify_Status_OfflineInputs = {};
export type Notify_Status_OnlineInputs = {};
export type Notify_Status_UnknownInputs = {};
export type Notify_While_Away_BodyInputs = {
    list: NonNullable<unknown>;
    since: NonNullable<unknown>;
    until: NonNullable<unknown>;
};
export type Notify_While_Away_TitleInputs = {
    count: NonNullable<unknown>;
};
export type Passive_Cli_Needs_WindowInputs = {};
export type Passive_ClosedInputs = {};
export type Passive_Navigation_RefusedInputs = {
    host: NonNullable<unknown>;
};
export type Passive_Not_CompletedInputs = {};
export type Passive_Not_OfferedInputs = {};
export type Passive_OnlyInputs = {};
export type Passive_Page_Account_RefusedInputs = {
    host: NonNullable<unknown>;
};
export type Passive_Page_Needs_AccountInputs = {
    host: NonNullable<unknown>;
};
export type Passive_Page_UntrustedInputs = {
    host: NonNullable<unknown>;
};
export type Passive_Page_Untrusted_UnnamedInputs = {};
export type Passive_Restore_Sign_In_AgainInputs = {};
export type Passive_Window_TitleInputs = {
    host: NonNullable<unknown>;
};
export type Policy_Expects_FlagInputs = {};
export type Policy_Expects_HostsInputs = {};
export type Policy_Expects_Server_AddressInputs = {};
export type Policy_Expects_Sign_In_MethodsInputs = {
    methods: NonNullable<unknown>;
};
export type Policy_File_Not_FileInputs = {
    path: NonNullable<unknown>;
};
export type Policy_File_Not_JsonInputs = {
    path: NonNullable<unknown>;
};
export type Policy_File_Not_Json_DetailInputs = {
    path: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
export type Policy_File_Not_PermittedInputs = {
    path: NonNullable<unknown>;
};
export type Policy_File_Not_PlistInputs = {
    path: NonNullable<unknown>;
};
export type Policy_File_Read_ErrorInputs = {
    path: NonNullable<unknown>;
    code: NonNullable<unknown>;
};
export type Policy_File_Too_LargeInputs = {
    path: NonNullable<unknown>;
    kilobytes: NonNullable<unknown>;
};
export type Policy_Invalid_ValueInputs = {
    name: NonNullable<unknown>;
    source: NonNullable<unknown>;
    expects: NonNullable<unknown>;
};
export type Policy_Load_FailedInputs = {
    why: NonNullable<unknown>;
};
export type Policy_Not_Named_ValuesInputs = {
    source: NonNullable<unknown>;
};
export type Policy_Source_UnreadableInputs = {
    source: NonNullable<unknown>;
    why: NonNullable<unknown>;
};
export type Policy_Unknown_KeyInputs = {
    name: NonNullable<unknown>;
    source: NonNullable<unknown>;
};
export type Presence_AwayInputs = {};
export type Presence_Be_Right_BackInputs = {};
export type Presence_BusyInputs = {};
export type Presence_Do_Not_DisturbInputs = {};
export type Presence_Idle_BusyInputs = {};
export type Presence_Idle_OnlineInputs = {};
export type Presence_OfflineInputs = {};
export type Presence_OnlineInputs = {};
export type Presence_UnknownInputs = {};
export type Privacy_Auto_AnywayInputs = {
    level: NonNullable<unknown>;
};
export type Privacy_Change_FailedInputs = {
    name: NonNullable<unknown>;
    level: NonNullable<unknown>;
    reason: NonNullable<unknown>;
    current: NonNullable<unknown>;
};
export type Privacy_Change_LevelInputs = {};
export type Privacy_ConflictInputs = {
    change: NonNullable<unknown>;
};
export type Privacy_DismissInputs = {};
export type Privacy_KeepInputs = {
    level: NonNullable<unknown>;
};
export type Privacy_Menu_LabelInputs = {
    name: NonNullable<unknown>;
};
export type Privacy_OfflineInputs = {};
export type Privacy_Read_OnlyInputs = {};
export type Privacy_Same_As_AutoInputs = {};
export type Privacy_SavingInputs = {};
export type Privacy_Sees_Line_BlockedInputs = {};
export type Privacy_Sees_Line_ColleaguesInputs = {};
export type Privacy_Sees_Line_ExternalInputs = {};
export type Privacy_Sees_Line_FriendsInputs = {};
export type Privacy_Sees_Line_WorkgroupInputs = {};
export type Privacy_Sees_Short_BlockedInputs = {};
export type Privacy_Sees_Short_ColleaguesInputs = {};
export type Privacy_Sees_Short_ExternalInputs = {};
export type Privacy_Sees_Short_FriendsInputs = {};
export type Privacy_Sees_Short_WorkgroupInputs = {};
export type Privacy_Sees_UnknownInputs = {};
export type Privacy_TitleInputs = {};
export type Privacy_Use_AnywayInputs = {
    level: NonNullable<unknown>;
};
export type Session_Address_InvalidInputs = {};
export type Session_Address_Needs_HttpsInputs = {};
export type Session_Address_Not_HostInputs = {};
export type Session_Address_Plain_HttpInputs = {};
export type Session_Demo_ServerInputs = {};
export type Session_Links_UnavailableInputs = {};
export type Session_Not_Signed_InInputs = {};
export type Session_ReplacedInputs = {};
export type Session_Restore_FailedInputs = {
    said: NonNullable<unknown>;
};
export type Session_Saved_Password_RefusedInputs = {};
export type Session_Saved_Sign_In_ExpiredInputs = {};
export type Settings_AccountInputs = {};
export type Settings_Alerts_Include_AwayInputs = {};
export type Settings_AppearanceInputs = {};
export type Settings_DarkInputs = {};
export type Settings_LanguageInputs = {};
export type Settings_Language_NoteInputs = {};
export type Settings_LightInputs = {};
export type Settings_LoadingInputs = {};
export type Settings_ManagedInputs = {};
export type Settings_No_NotificationsInputs = {};
export type Settings_No_TrayInputs = {};
export type Settings_NotificationsInputs = {};
export type Settings_Notify_ChangesInputs = {};
export type Settings_Notify_InvitationsInputs = {};
export type Settings_Notify_Signed_OutInputs = {};
export type Settings_PauseInputs = {};
export type Settings_Pause_HourInputs = {};
export type Settings_Pause_TomorrowInputs = {};
export type Settings_Paused_UntilInputs = {
    time: NonNullable<unknown>;
};
export type Settings_ResumeInputs = {};
export type Settings_Same_As_SystemInputs = {};
export type Settings_ServerInputs = {
    server: NonNullable<unknown>;
};
export type Settings_Sign_OutInputs = {};
export type Settings_Signed_InInputs = {
    user: NonNullable<unknown>;
    server: NonNullable<unknown>;
};
export type Settings_Signed_In_DemoInputs = {
    user: NonNullable<unknown>;
};
export type Settings_Start_At_LoginInputs = {};
export type Settings_StartupInputs = {};
export type Settings_ThemeInputs = {};
export type Settings_TitleInputs = {};
export type Signin_AddressInputs = {};
export type Signin_Checking_MethodsInputs = {};
export type Signin_Demo_FailedInputs = {};
export type Signin_Demo_WhereInputs = {};
export type Signin_First_RunInputs = {};
export type Signin_IntroInputs = {};
export type Signin_Just_LookingInputs = {};
export type Signin_MethodInputs = {};
export type Signin_Method_PassiveInputs = {};
export type Signin_Method_PasswordInputs = {};
export type Signin_Method_WindowsInputs = {};
export type Signin_No_KeyringInputs = {};
export type Signin_OptionalInputs = {};
export type Signin_Other_AccountInputs = {};
export type Signin_Passive_Account_HintInputs = {};
export type Signin_Passive_FailedInputs = {};
export type Signin_Passive_HintInputs = {};
export type Signin_Passive_UnavailableInputs = {};
export type Signin_PasswordInputs = {};
export type Signin_ProblemInputs = {
    heading: NonNullable<unknown>;
};
export type Signin_RememberInputs = {};
export type Signin_Remember_SigninInputs = {};
export type Signin_ServerInputs = {};
export type Signin_Server_HintInputs = {};
export type Signin_Server_PlaceholderInputs = {};
export type Signin_StepsInputs = {};
export type Signin_SubmitInputs = {};
export type Signin_TitleInputs = {};
export type Signin_Trust_HostInputs = {
    host: NonNullable<unknown>;
};
export type Signin_Trust_WarningInputs = {};
export type Signin_Trust_Warning_WindowsInputs = {};
export type Signin_Try_DemoInputs = {};
export type Signin_UsernameInputs = {};
export type Signin_Username_HintInputs = {};
export type Signin_Windows_FailedInputs = {};
export type Signin_Windows_HintInputs = {};
export type Store_AddedInputs = {};
export type Store_AlreadyInputs = {
    level: NonNullable<unknown>;
};
export type Store_Change_FailedInputs = {
    name: NonNullable<unknown>;
    level: NonNullable<unknown>;
    reason: NonNullable<unknown>;
    current: NonNullable<unknown>;
};
export type Store_Changed_ManyInputs = {
    count: NonNullable<unknown>;
};
export type Store_Clipboard_FailedInputs = {};
export type Store_Conflict_ElsewhereInputs = {
    change: NonNullable<unknown>;
};
export type Store_Conflict_ReasonInputs = {};
export type Store_Diagnostics_CopiedInputs = {};
export type Store_Diagnostics_FailedInputs = {
    reason: NonNullable<unknown>;
};
export type Store_Group_CreatedInputs = {
    name: NonNullable<unknown>;
};
export type Store_Group_DeletedInputs = {};
export type Store_No_AnswerInputs = {};
export type Store_No_Level_BelowInputs = {};
export type Store_No_One_FoundInputs = {
    query: NonNullable<unknown>;
};
export type Store_Not_ChangeableInputs = {};
export type Store_Not_Changed_ManyInputs = {
    count: NonNullable<unknown>;
};
export type Store_Not_Changed_OneInputs = {
    name: NonNullable<unknown>;
    reason: NonNullable<unknown>;
};
export type Store_Not_In_ListInputs = {};
export type Store_Now_Blocked_ManyInputs = {
    count: NonNullable<unknown>;
};
export type Store_Now_See_ManyInputs = {
    count: NonNullable<unknown>;
    level: NonNullable<unknown>;
};
export type Store_RemovedInputs = {};
export type Store_Removed_From_GroupInputs = {};
export type Store_RenamedInputs = {};
export type Store_Undone_ManyInputs = {
    count: NonNullable<unknown>;
};
export type Store_Undone_OneInputs = {
    name: NonNullable<unknown>;
    level: NonNullable<unknown>;
};
export type Store_With_FailuresInputs = {
    done: NonNullable<unknown>;
    failures: NonNullable<unknown>;
};
export type Tabs_ActivityInputs = {};
export type Tabs_ContactsInputs = {};
export type Tabs_GroupsInputs = {};
export type Tabs_HelpInputs = {};
export type Tabs_InvitationsInputs = {};
export type Tabs_LabelInputs = {};
export type Tabs_NewInputs = {
    count: NonNullable<unknown>;
};
export type Tabs_RingingInputs = {
    count: NonNullable<unknown>;
};
export type Tabs_SettingsInputs = {};
export type Tabs_Who_SeesInputs = {};
export type Tray_Change_YoursInputs = {
    change: NonNullable<unknown>;
};
export type Tray_ConnectedInputs = {
    user: NonNullable<unknown>;
};
export type Tray_Connected_DemoInputs = {
    user: NonNullable<unknown>;
};
export type Tray_Notifications_UnavailableInputs = {};
export type Tray_OpenInputs = {};
export type Tray_PauseInputs = {};
export type Tray_Pause_HourInputs = {};
export type Tray_Pause_TomorrowInputs = {};
export type Tray_Paused_UntilInputs = {
    time: NonNullable<unknown>;
};
export type Tray_QuitInputs = {};
export type Tray_RecentInputs = {};
export type Tray_Recent_NoneInputs = {};
export type Tray_ReconnectingInputs = {
    time: NonNullable<unknown>;
};
export type Tray_ReplacedInputs = {};
export type Tray_ResumeInputs = {};
export type Tray_Sign_OutInputs = {};
export type Tray_Signed_OutInputs = {};
export type Tray_Signed_Out_BecauseInputs = {
    reason: NonNullable<unknown>;
};
export type Tray_Signing_InInputs = {
    step: NonNullable<unknown>;
};
export type Tray_Step_AuthenticatingInputs = {};
export type Tray_Step_Creating_ApplicationInputs = {};
export type Tray_Step_DiscoveringInputs = {};
export type Tray_Step_Loading_ContactsInputs = {};
export type Tray_Tooltip_StateInputs = {
    state: NonNullable<unknown>;
};
export type Tray_UnseenInputs = {
    count: NonNullable<unknown>;
};
export type Trust_Bad_UrlInputs = {};
export type Trust_Bad_Url_HostInputs = {
    host: NonNullable<unknown>;
};
export type Trust_InsecureInputs = {
    host: NonNullable<unknown>;
};
export type Trust_Insecure_UnnamedInputs = {};
export type Trust_Kdc_UnreachableInputs = {};
export type Trust_Kerberos_FailedInputs = {
    host: NonNullable<unknown>;
};
export type Trust_Kerberos_InsecureInputs = {
    host: NonNullable<unknown>;
};
export type Trust_Kerberos_Ticket_ExpiredInputs = {};
export type Trust_Kerberos_UnavailableInputs = {};
export type Trust_Negotiate_Not_OfferedInputs = {};
export type Trust_No_Kerberos_TicketInputs = {};
export type Trust_Ntlm_Needs_AccountInputs = {};
export type Trust_Ntlm_RefusedInputs = {};
export type Trust_Password_Not_OfferedInputs = {};
export type Trust_Token_ElsewhereInputs = {
    host: NonNullable<unknown>;
};
export type Trust_Token_Elsewhere_UnnamedInputs = {};
export type Trust_Unknown_ServiceInputs = {
    host: NonNullable<unknown>;
};
export type Trust_Untrusted_HostInputs = {
    host: NonNullable<unknown>;
};
export type Trust_Untrusted_Host_UnnamedInputs = {};
export type Trust_Windows_Not_OfferedInputs = {};
export type Words_By_Other_DeviceInputs = {};
export type Words_By_YouInputs = {};
export type Words_Changed_ElsewhereInputs = {
    change: NonNullable<unknown>;
    level: NonNullable<unknown>;
};
export type Words_Level_No_Longer_KnownInputs = {
    name: NonNullable<unknown>;
};
export type Words_Level_Not_KnownInputs = {
    name: NonNullable<unknown>;
};
export type Words_Network_DroppedInputs = {};
export type Words_Now_Sees_InfoInputs = {
    name: NonNullable<unknown>;
    level: NonNullable<unknown>;
};
export type Words_OfflineInputs = {};
export type Words_Server_DroppedInputs = {};
export type Wsw_AndInputs = {
    head: NonNullable<unknown>;
    last: NonNullable<unknown>;
};
export type Wsw_Basics_BlockedInputs = {};
export type Wsw_Basics_CardInputs = {};
export type Wsw_Basics_UnknownInputs = {};
export type Wsw_Contact_CardInputs = {};
export type Wsw_ContactsInputs = {
    count: NonNullable<unknown>;
};
export type Wsw_Info_Dnd_LabelInputs = {};
export type Wsw_Info_Dnd_ShortInputs = {};
export type Wsw_Info_Free_Busy_LabelInputs = {};
export type Wsw_Info_Free_Busy_ListedInputs = {};
export type Wsw_Info_Free_Busy_ShortInputs = {};
export type Wsw_Info_Home_Phone_LabelInputs = {};
export type Wsw_Info_Home_Phone_ListedInputs = {};
export type Wsw_Info_Home_Phone_ShortInputs = {};
export type Wsw_Info_Location_LabelInputs = {};
export type Wsw_Info_Location_ListedInputs = {};
export type Wsw_Info_Location_ShortInputs = {};
export type Wsw_Info_Meeting_Locations_LabelInputs = {};
export type Wsw_Info_Meeting_Locations_ListedInputs = {};
export type Wsw_Info_Meeting_Locations_ShortInputs = {};
export type Wsw_Info_Meeting_Subjects_LabelInputs = {};
export type Wsw_Info_Meeting_Subjects_ListedInputs = {};
export type Wsw_Info_Meeting_Subjects_ShortInputs = {};
export type Wsw_Info_Mobile_Phone_LabelInputs = {};
export type Wsw_Info_Mobile_Phone_ListedInputs = {};
export type Wsw_Info_Mobile_Phone_ShortInputs = {};
export type Wsw_Info_Note_LabelInputs = {};
export type Wsw_Info_Note_ListedInputs = {};
export type Wsw_Info_Note_ShortInputs = {};
export type Wsw_Info_Other_Phone_LabelInputs = {};
export type Wsw_Info_Other_Phone_ListedInputs = {};
export type Wsw_Info_Other_Phone_ShortInputs = {};
export type Wsw_Info_Presence_LabelInputs = {};
export type Wsw_Info_Presence_ListedInputs = {};
export type Wsw_Info_Presence_ShortInputs = {};
export type Wsw_IntroInputs = {};
export type Wsw_Level_CountInputs = {
    count: NonNullable<unknown>;
    level: NonNullable<unknown>;
};
export type Wsw_Level_Not_SaidInputs = {};
export type Wsw_Line_BlockedInputs = {};
export type Wsw_MoreInputs = {
    count: NonNullable<unknown>;
};
export type Wsw_Move_DownInputs = {
    count: NonNullable<unknown>;
};
export type Wsw_NobodyInputs = {};
export type Wsw_PeopleInputs = {
    count: NonNullable<unknown>;
};
export type Wsw_Reach_DndInputs = {};
export type Wsw_Seen_ByInputs = {
    levels: NonNullable<unknown>;
};
export type Wsw_SeesInputs = {
    items: NonNullable<unknown>;
};
export type Wsw_Short_BlockedInputs = {};
export type Wsw_TitleInputs = {};
export type Wsw_UnknownInputs = {
    count: NonNullable<unknown>;
};
export type Wsw_WhoInputs = {};
