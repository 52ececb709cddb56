/* eslint-disable */
import { getLocale, experimentalStaticLocale } from "../runtime.js"

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Activity_AddedInputs */
/** @typedef {{}} Activity_Any_LevelInputs */
/** @typedef {{}} Activity_AnyoneInputs */
/** @typedef {{ count: NonNullable<unknown>, between: NonNullable<unknown> }} Activity_Away_ChangedInputs */
/** @typedef {{}} Activity_ByInputs */
/** @typedef {{}} Activity_Cannot_ChangeInputs */
/** @typedef {{}} Activity_CaptionInputs */
/** @typedef {{}} Activity_ChangeInputs */
/** @typedef {{}} Activity_Changed_ByInputs */
/** @typedef {{}} Activity_ContactInputs */
/** @typedef {{}} Activity_Csv_FromInputs */
/** @typedef {{}} Activity_Csv_SipInputs */
/** @typedef {{}} Activity_Csv_ToInputs */
/** @typedef {{}} Activity_Csv_WhenInputs */
/** @typedef {{}} Activity_EmptyInputs */
/** @typedef {{}} Activity_ExportInputs */
/** @typedef {{}} Activity_Filter_ContactInputs */
/** @typedef {{}} Activity_FiltersInputs */
/** @typedef {{ level: NonNullable<unknown> }} Activity_Is_LevelInputs */
/** @typedef {{}} Activity_LevelInputs */
/** @typedef {{}} Activity_No_MatchInputs */
/** @typedef {{}} Activity_Not_In_ListInputs */
/** @typedef {{ level: NonNullable<unknown> }} Activity_RemovedInputs */
/** @typedef {{}} Activity_RevertInputs */
/** @typedef {{ name: NonNullable<unknown>, level: NonNullable<unknown> }} Activity_Revert_LabelInputs */
/** @typedef {{}} Activity_Show_AllInputs */
/** @typedef {{}} Activity_TitleInputs */
/** @typedef {{}} Activity_ToInputs */
/** @typedef {{}} Activity_Was_UnknownInputs */
/** @typedef {{}} Activity_WhenInputs */
/** @typedef {{}} Activity_While_AwayInputs */
/** @typedef {{}} Activity_While_Away_HeadingInputs */
/** @typedef {{}} App_StartingInputs */
/** @typedef {{ user: NonNullable<unknown> }} App_User_DemoInputs */
/** @typedef {{ heading: NonNullable<unknown> }} Banner_Error_HeadingInputs */
/** @typedef {{ when: NonNullable<unknown> }} Banner_Next_TryInputs */
/** @typedef {{ headline: NonNullable<unknown> }} Banner_ReconnectingInputs */
/** @typedef {{}} Banner_Retry_NowInputs */
/** @typedef {{}} Banner_Sign_In_AgainInputs */
/** @typedef {{}} Banner_Signed_OutInputs */
/** @typedef {{}} Bulk_ChangeInputs */
/** @typedef {{}} Bulk_Change_All_ToInputs */
/** @typedef {{ count: NonNullable<unknown>, n: NonNullable<unknown> }} Bulk_Change_CountInputs */
/** @typedef {{}} Bulk_Choose_LevelInputs */
/** @typedef {{}} Bulk_ClearInputs */
/** @typedef {{ n: NonNullable<unknown>, level: NonNullable<unknown> }} Bulk_Level_CountInputs */
/** @typedef {{ count: NonNullable<unknown>, names: NonNullable<unknown>, n: NonNullable<unknown> }} Bulk_Names_MoreInputs */
/** @typedef {{ levels: NonNullable<unknown> }} Bulk_NowInputs */
/** @typedef {{}} Bulk_OfflineInputs */
/** @typedef {{ done: NonNullable<unknown>, total: NonNullable<unknown> }} Bulk_ProgressInputs */
/** @typedef {{}} Bulk_Progress_LabelInputs */
/** @typedef {{ count: NonNullable<unknown>, n: NonNullable<unknown> }} Bulk_SelectedInputs */
/** @typedef {{ count: NonNullable<unknown>, n: NonNullable<unknown> }} Bulk_SkippedInputs */
/** @typedef {{}} Card_Can_UseInputs */
/** @typedef {{}} Card_CompanyInputs */
/** @typedef {{}} Card_DepartmentInputs */
/** @typedef {{ reason: NonNullable<unknown> }} Card_Details_FailedInputs */
/** @typedef {{}} Card_EmailInputs */
/** @typedef {{ time: NonNullable<unknown> }} Card_Last_ActiveInputs */
/** @typedef {{}} Card_LocationInputs */
/** @typedef {{}} Card_NoteInputs */
/** @typedef {{}} Card_Note_Out_Of_OfficeInputs */
/** @typedef {{}} Card_OfficeInputs */
/** @typedef {{}} Card_Phone_HomeInputs */
/** @typedef {{}} Card_Phone_MobileInputs */
/** @typedef {{}} Card_Phone_OtherInputs */
/** @typedef {{}} Card_Phone_WorkInputs */
/** @typedef {{ name: NonNullable<unknown> }} Card_Photo_OfInputs */
/** @typedef {{}} Card_Sip_AddressInputs */
/** @typedef {{}} Card_Source_NetworkInputs */
/** @typedef {{}} Channel_EndedInputs */
/** @typedef {{}} Channel_Ended_Agent_Not_AllowedInputs */
/** @typedef {{}} Channel_Ended_ExpiredInputs */
/** @typedef {{}} Channel_Ended_Too_ManyInputs */
/** @typedef {{}} Channel_NetworkInputs */
/** @typedef {{}} Channel_Not_UnderstoodInputs */
/** @typedef {{}} Channel_Outage_Too_LongInputs */
/** @typedef {{}} Channel_Password_RefusedInputs */
/** @typedef {{ status: NonNullable<unknown> }} Channel_RefusedInputs */
/** @typedef {{ status: NonNullable<unknown> }} Channel_Server_ErrorInputs */
/** @typedef {{}} Channel_Session_LostInputs */
/** @typedef {{}} Channel_Sign_In_RefusedInputs */
/** @typedef {{}} Channel_TimeoutInputs */
/** @typedef {{}} Channel_Untrusted_CertificateInputs */
/** @typedef {{}} Channel_Unusable_AnswerInputs */
/** @typedef {{}} Cli_CommandsInputs */
/** @typedef {{}} Cli_Contacts_SummaryInputs */
/** @typedef {{}} Cli_Contacts_ValuesInputs */
/** @typedef {{}} Cli_Decode_SummaryInputs */
/** @typedef {{}} Cli_Format_ValuesInputs */
/** @typedef {{ name: NonNullable<unknown> }} Cli_Group_Not_CreatedInputs */
/** @typedef {{}} Cli_Groups_SummaryInputs */
/** @typedef {{}} Cli_Host_LoopbackInputs */
/** @typedef {{ level: NonNullable<unknown> }} Cli_Level_NowInputs */
/** @typedef {{ levels: NonNullable<unknown> }} Cli_Level_ValuesInputs */
/** @typedef {{}} Cli_Limit_ValuesInputs */
/** @typedef {{}} Cli_Neither_Json_Nor_XmlInputs */
/** @typedef {{}} Cli_No_PasswordInputs */
/** @typedef {{ group: NonNullable<unknown> }} Cli_No_Such_GroupInputs */
/** @typedef {{ contact: NonNullable<unknown> }} Cli_Not_In_ContactsInputs */
/** @typedef {{ uri: NonNullable<unknown> }} Cli_Not_TaggedInputs */
/** @typedef {{}} Cli_Password_CancelledInputs */
/** @typedef {{}} Cli_Password_Line_Too_LongInputs */
/** @typedef {{}} Cli_Password_NoteInputs */
/** @typedef {{}} Cli_Password_PromptInputs */
/** @typedef {{ reason: NonNullable<unknown> }} Cli_Password_UnreadableInputs */
/** @typedef {{ port: NonNullable<unknown> }} Cli_Port_ValuesInputs */
/** @typedef {{}} Cli_Relationship_SummaryInputs */
/** @typedef {{ sentence: NonNullable<unknown> }} Cli_Reset_DoneInputs */
/** @typedef {{}} Cli_Signed_OutInputs */
/** @typedef {{}} Cli_Sim_SummaryInputs */
/** @typedef {{ path: NonNullable<unknown> }} Cli_State_DamagedInputs */
/** @typedef {{}} Cli_State_OptionInputs */
/** @typedef {{}} Cli_Tag_SummaryInputs */
/** @typedef {{}} Cli_Type_ValuesInputs */
/** @typedef {{ name: NonNullable<unknown> }} Cli_Unknown_CommandInputs */
/** @typedef {{}} Cli_UsageInputs */
/** @typedef {{ syntax: NonNullable<unknown> }} Cli_Usage_LineInputs */
/** @typedef {{}} Cli_Watch_SummaryInputs */
/** @typedef {{}} Contactlist_AbsentInputs */
/** @typedef {{}} Contactlist_Already_In_GroupInputs */
/** @typedef {{}} Contactlist_Delegates_Read_OnlyInputs */
/** @typedef {{}} Contactlist_Duplicate_GroupInputs */
/** @typedef {{}} Contactlist_FailedInputs */
/** @typedef {{}} Contactlist_FullInputs */
/** @typedef {{}} Contactlist_Group_ChangedInputs */
/** @typedef {{ uri: NonNullable<unknown>, group: NonNullable<unknown> }} Contactlist_Member_Not_In_GroupInputs */
/** @typedef {{}} Contactlist_No_SearchInputs */
/** @typedef {{}} Contactlist_No_Such_GroupInputs */
/** @typedef {{}} Contactlist_Only_Own_GroupsInputs */
/** @typedef {{ uri: NonNullable<unknown> }} Contactlist_Person_Not_FoundInputs */
/** @typedef {{}} Contactlist_Read_OnlyInputs */
/** @typedef {{}} Contacts_All_LevelsInputs */
/** @typedef {{}} Contacts_Group_Select_AllInputs */
/** @typedef {{ count: NonNullable<unknown>, group: NonNullable<unknown> }} Contacts_Group_Select_All_InInputs */
/** @typedef {{}} Contacts_JumpInputs */
/** @typedef {{}} Contacts_Jump_GroupInputs */
/** @typedef {{}} Contacts_No_CompanyInputs */
/** @typedef {{}} Contacts_None_MatchInputs */
/** @typedef {{}} Contacts_PlaceholderInputs */
/** @typedef {{}} Contacts_Row_SavingInputs */
/** @typedef {{}} Contacts_Row_SelectedInputs */
/** @typedef {{}} Contacts_SearchInputs */
/** @typedef {{}} Contacts_Search_HintInputs */
/** @typedef {{ n: NonNullable<unknown> }} Contacts_Select_ShownInputs */
/** @typedef {{}} Contacts_Show_LevelInputs */
/** @typedef {{ count: NonNullable<unknown>, n: NonNullable<unknown>, total: NonNullable<unknown> }} Contacts_Shown_OfInputs */
/** @typedef {{}} Contacts_SortInputs */
/** @typedef {{}} Contacts_Sort_CompanyInputs */
/** @typedef {{}} Contacts_Sort_Last_ChangeInputs */
/** @typedef {{}} Contacts_Sort_LevelInputs */
/** @typedef {{}} Contacts_Sort_NameInputs */
/** @typedef {{}} Contacts_TitleInputs */
/** @typedef {{}} Dialog_BlockInputs */
/** @typedef {{ count: NonNullable<unknown>, who: NonNullable<unknown>, what: NonNullable<unknown> }} Dialog_Block_BodyInputs */
/** @typedef {{ who: NonNullable<unknown> }} Dialog_Block_TitleInputs */
/** @typedef {{}} Dialog_CancelInputs */
/** @typedef {{ domain: NonNullable<unknown>, hosts: NonNullable<unknown> }} Discovery_No_AnswerInputs */
/** @typedef {{}} Err_Account_LockedInputs */
/** @typedef {{}} Err_Address_FormatInputs */
/** @typedef {{}} Err_Bad_ServerInputs */
/** @typedef {{}} Err_Check_BothInputs */
/** @typedef {{}} Err_ForbiddenInputs */
/** @typedef {{}} Err_Insecure_UrlInputs */
/** @typedef {{}} Err_Invalid_ArgumentInputs */
/** @typedef {{}} Err_Invalid_GrantInputs */
/** @typedef {{}} Err_NetworkInputs */
/** @typedef {{ reason: NonNullable<unknown> }} Err_No_AnswerInputs */
/** @typedef {{}} Err_No_KeyringInputs */
/** @typedef {{}} Err_Not_AvailableInputs */
/** @typedef {{}} Err_Not_Signed_InInputs */
/** @typedef {{}} Err_Password_Too_LongInputs */
/** @typedef {{}} Err_Server_Not_FoundInputs */
/** @typedef {{}} Err_Service_FailureInputs */
/** @typedef {{}} Err_TimeoutInputs */
/** @typedef {{}} Err_TlsInputs */
/** @typedef {{}} Err_UnknownInputs */
/** @typedef {{}} Err_Untrusted_HostInputs */
/** @typedef {{}} Error_AbortedInputs */
/** @typedef {{}} Error_Account_LockedInputs */
/** @typedef {{}} Error_Bad_RequestInputs */
/** @typedef {{}} Error_Certificate_AuthorityInputs */
/** @typedef {{}} Error_Certificate_DateInputs */
/** @typedef {{}} Error_Certificate_NameInputs */
/** @typedef {{}} Error_Certificate_RevokedInputs */
/** @typedef {{}} Error_Client_TimeoutInputs */
/** @typedef {{}} Error_ConflictInputs */
/** @typedef {{}} Error_Contact_Not_In_ListInputs */
/** @typedef {{}} Error_Entity_Too_LargeInputs */
/** @typedef {{}} Error_Exchange_Service_FailureInputs */
/** @typedef {{}} Error_ForbiddenInputs */
/** @typedef {{}} Error_Foreign_SenderInputs */
/** @typedef {{}} Error_Gateway_TimeoutInputs */
/** @typedef {{}} Error_GoneInputs */
/** @typedef {{}} Error_Http_ErrorInputs */
/** @typedef {{}} Error_InformationalInputs */
/** @typedef {{}} Error_Insecure_UrlInputs */
/** @typedef {{}} Error_InternalInputs */
/** @typedef {{}} Error_Invalid_GrantInputs */
/** @typedef {{ detail: NonNullable<unknown> }} Error_Invalid_RequestInputs */
/** @typedef {{}} Error_Local_FailureInputs */
/** @typedef {{}} Error_Malformed_ResponseInputs */
/** @typedef {{}} Error_Method_Not_AllowedInputs */
/** @typedef {{}} Error_NetworkInputs */
/** @typedef {{}} Error_No_Answer_For_ChangeInputs */
/** @typedef {{}} Error_Not_AcceptableInputs */
/** @typedef {{}} Error_Not_AvailableInputs */
/** @typedef {{}} Error_Not_FoundInputs */
/** @typedef {{}} Error_Precondition_FailedInputs */
/** @typedef {{}} Error_Precondition_RequiredInputs */
/** @typedef {{}} Error_Remote_FailureInputs */
/** @typedef {{}} Error_Response_Too_LargeInputs */
/** @typedef {{}} Error_Server_Not_FoundInputs */
/** @typedef {{}} Error_Service_FailureInputs */
/** @typedef {{}} Error_Service_UnavailableInputs */
/** @typedef {{}} Error_Something_Went_WrongInputs */
/** @typedef {{}} Error_TimeoutInputs */
/** @typedef {{}} Error_TlsInputs */
/** @typedef {{}} Error_Too_Many_ApplicationsInputs */
/** @typedef {{}} Error_Too_Many_RequestsInputs */
/** @typedef {{}} Error_UnauthorizedInputs */
/** @typedef {{}} Error_Unknown_RequestInputs */
/** @typedef {{}} Error_Unsupported_Media_TypeInputs */
/** @typedef {{ count: NonNullable<unknown>, n: NonNullable<unknown> }} Feedback_And_MoreInputs */
/** @typedef {{}} Feedback_DismissInputs */
/** @typedef {{}} Feedback_Not_ChangedInputs */
/** @typedef {{}} Feedback_ShowInputs */
/** @typedef {{}} Feedback_UndoInputs */
/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} Format_BetweenInputs */
/** @typedef {{ between: NonNullable<unknown> }} Format_Changed_BetweenInputs */
/** @typedef {{ count: NonNullable<unknown>, n: NonNullable<unknown> }} Format_ContactsInputs */
/** @typedef {{ n: NonNullable<unknown> }} Format_Countdown_MinutesInputs */
/** @typedef {{}} Format_Countdown_NowInputs */
/** @typedef {{ n: NonNullable<unknown> }} Format_Countdown_SecondsInputs */
/** @typedef {{ n: NonNullable<unknown> }} Format_Hours_AgoInputs */
/** @typedef {{}} Format_Just_NowInputs */
/** @typedef {{ n: NonNullable<unknown> }} Format_Minutes_AgoInputs */
/** @typedef {{}} Format_Modality_AudioInputs */
/** @typedef {{}} Format_Modality_MessagingInputs */
/** @typedef {{}} Format_Modality_Phone_AudioInputs */
/** @typedef {{}} Format_Modality_VideoInputs */
/** @typedef {{}} Format_Source_FederatedInputs */
/** @typedef {{}} Format_Source_Public_CloudInputs */
/** @typedef {{}} Format_Source_Same_EnterpriseInputs */
/** @typedef {{}} Format_Step_AuthenticatingInputs */
/** @typedef {{}} Format_Step_Creating_ApplicationInputs */
/** @typedef {{}} Format_Step_DiscoveringInputs */
/** @typedef {{}} Format_Step_Loading_ContactsInputs */
/** @typedef {{ count: NonNullable<unknown>, n: NonNullable<unknown> }} Format_Step_Loading_CountInputs */
/** @typedef {{}} Format_YesterdayInputs */
/** @typedef {{ name: NonNullable<unknown> }} Groups_AddInputs */
/** @typedef {{}} Groups_Add_ToInputs */
/** @typedef {{}} Groups_CreateInputs */
/** @typedef {{}} Groups_Delegates_NoteInputs */
/** @typedef {{}} Groups_Delegates_TitleInputs */
/** @typedef {{ name: NonNullable<unknown> }} Groups_DeleteInputs */
/** @typedef {{}} Groups_DistributionInputs */
/** @typedef {{}} Groups_FavoritesInputs */
/** @typedef {{}} Groups_Find_TitleInputs */
/** @typedef {{}} Groups_In_ContactsInputs */
/** @typedef {{}} Groups_LevelInputs */
/** @typedef {{}} Groups_List_TitleInputs */
/** @typedef {{}} Groups_Managed_ForInputs */
/** @typedef {{ reason: NonNullable<unknown> }} Groups_Members_UnreadInputs */
/** @typedef {{}} Groups_More_ResultsInputs */
/** @typedef {{}} Groups_My_DelegatesInputs */
/** @typedef {{}} Groups_My_OrganizationInputs */
/** @typedef {{}} Groups_Name_Or_EmailInputs */
/** @typedef {{}} Groups_New_GroupInputs */
/** @typedef {{}} Groups_New_NameInputs */
/** @typedef {{}} Groups_No_MembersInputs */
/** @typedef {{}} Groups_No_TagsInputs */
/** @typedef {{}} Groups_NoneInputs */
/** @typedef {{}} Groups_Other_ContactsInputs */
/** @typedef {{}} Groups_Reading_MembersInputs */
/** @typedef {{ group: NonNullable<unknown> }} Groups_Remove_FromInputs */
/** @typedef {{ name: NonNullable<unknown> }} Groups_RenameInputs */
/** @typedef {{}} Groups_SaveInputs */
/** @typedef {{}} Groups_SearchInputs */
/** @typedef {{}} Groups_Status_UnknownInputs */
/** @typedef {{}} Groups_TagInputs */
/** @typedef {{}} Groups_Tags_TitleInputs */
/** @typedef {{}} Groups_TitleInputs */
/** @typedef {{}} Groups_UntagInputs */
/** @typedef {{ error: NonNullable<unknown> }} Help_About_AbsentInputs */
/** @typedef {{}} Help_About_TitleInputs */
/** @typedef {{}} Help_AccountInputs */
/** @typedef {{}} Help_Auto_TextInputs */
/** @typedef {{}} Help_Auto_TitleInputs */
/** @typedef {{}} Help_Built_OnInputs */
/** @typedef {{}} Help_Contacts_TextInputs */
/** @typedef {{}} Help_Copy_DiagnosticsInputs */
/** @typedef {{}} Help_Delegates_AreInputs */
/** @typedef {{}} Help_Delegates_TitleInputs */
/** @typedef {{}} Help_Delegators_AreInputs */
/** @typedef {{}} Help_Diagnostics_NoteInputs */
/** @typedef {{}} Help_Label_ColonInputs */
/** @typedef {{}} Help_Levels_IntroInputs */
/** @typedef {{}} Help_Levels_TitleInputs */
/** @typedef {{}} Help_LoadingInputs */
/** @typedef {{}} Help_NoInputs */
/** @typedef {{}} Help_Not_Signed_InInputs */
/** @typedef {{}} Help_Protocol_FormatInputs */
/** @typedef {{}} Help_Protocol_NoteInputs */
/** @typedef {{}} Help_ServerInputs */
/** @typedef {{}} Help_Signed_In_AsInputs */
/** @typedef {{}} Help_Signed_In_DemoInputs */
/** @typedef {{ server: NonNullable<unknown> }} Help_Signed_In_OnInputs */
/** @typedef {{}} Help_Signed_In_WithInputs */
/** @typedef {{}} Help_Sources_NoteInputs */
/** @typedef {{}} Help_Stores_ContactsInputs */
/** @typedef {{}} Help_Stores_History_NameInputs */
/** @typedef {{}} Help_Stores_History_TextInputs */
/** @typedef {{}} Help_Stores_Last_NameInputs */
/** @typedef {{}} Help_Stores_Last_TextInputs */
/** @typedef {{}} Help_Stores_Log_NameInputs */
/** @typedef {{}} Help_Stores_Log_TextInputs */
/** @typedef {{}} Help_Stores_Secrets_NameInputs */
/** @typedef {{}} Help_Stores_Secrets_TextInputs */
/** @typedef {{}} Help_Stores_Settings_NameInputs */
/** @typedef {{ linux: NonNullable<unknown>, windows: NonNullable<unknown>, mac: NonNullable<unknown> }} Help_Stores_Settings_TextInputs */
/** @typedef {{}} Help_Stores_Tags_NameInputs */
/** @typedef {{}} Help_Stores_Tags_TextInputs */
/** @typedef {{}} Help_Stores_TitleInputs */
/** @typedef {{}} Help_Table_CaptionInputs */
/** @typedef {{}} Help_Table_InformationInputs */
/** @typedef {{}} Help_TitleInputs */
/** @typedef {{}} Help_Trouble_TitleInputs */
/** @typedef {{}} Help_VersionInputs */
/** @typedef {{}} Help_YesInputs */
/** @typedef {{}} Invite_Answer_HintInputs */
/** @typedef {{ caller: NonNullable<unknown> }} Invite_CallInputs */
/** @typedef {{ caller: NonNullable<unknown>, delegator: NonNullable<unknown> }} Invite_Call_ForInputs */
/** @typedef {{ caller: NonNullable<unknown>, boss: NonNullable<unknown> }} Invite_Call_On_BehalfInputs */
/** @typedef {{ caller: NonNullable<unknown>, boss: NonNullable<unknown>, delegator: NonNullable<unknown> }} Invite_Call_On_Behalf_ForInputs */
/** @typedef {{ caller: NonNullable<unknown> }} Invite_ChatInputs */
/** @typedef {{ caller: NonNullable<unknown>, delegator: NonNullable<unknown> }} Invite_Chat_ForInputs */
/** @typedef {{ caller: NonNullable<unknown>, boss: NonNullable<unknown> }} Invite_Chat_On_BehalfInputs */
/** @typedef {{ caller: NonNullable<unknown>, boss: NonNullable<unknown>, delegator: NonNullable<unknown> }} Invite_Chat_On_Behalf_ForInputs */
/** @typedef {{ n: NonNullable<unknown> }} Invite_Clear_EndedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Invite_DismissInputs */
/** @typedef {{ boss: NonNullable<unknown> }} Invite_Explain_DelegatorInputs */
/** @typedef {{ caller: NonNullable<unknown>, boss: NonNullable<unknown> }} Invite_Explain_On_BehalfInputs */
/** @typedef {{}} Invite_Kind_Audio_VideoInputs */
/** @typedef {{}} Invite_Kind_MessagingInputs */
/** @typedef {{}} Invite_Kind_Phone_AudioInputs */
/** @typedef {{}} Invite_NoneInputs */
/** @typedef {{ role: NonNullable<unknown>, name: NonNullable<unknown> }} Invite_PartyInputs */
/** @typedef {{ level: NonNullable<unknown> }} Invite_Party_LevelInputs */
/** @typedef {{}} Invite_Party_UnknownInputs */
/** @typedef {{}} Invite_Role_CallerInputs */
/** @typedef {{}} Invite_Role_DelegatorInputs */
/** @typedef {{}} Invite_Role_On_Behalf_OfInputs */
/** @typedef {{}} Invite_Show_ContactInputs */
/** @typedef {{}} Invite_State_AcceptedInputs */
/** @typedef {{}} Invite_State_Accepted_ElsewhereInputs */
/** @typedef {{}} Invite_State_CancelledInputs */
/** @typedef {{}} Invite_State_DeclinedInputs */
/** @typedef {{}} Invite_State_MissedInputs */
/** @typedef {{}} Invite_State_RingingInputs */
/** @typedef {{ subject: NonNullable<unknown> }} Invite_SubjectInputs */
/** @typedef {{}} Invite_TitleInputs */
/** @typedef {{}} Level_BlockedInputs */
/** @typedef {{}} Level_ColleaguesInputs */
/** @typedef {{}} Level_ExternalInputs */
/** @typedef {{}} Level_FriendsInputs */
/** @typedef {{}} Level_UnknownInputs */
/** @typedef {{}} Level_WorkgroupInputs */
/** @typedef {{ name: NonNullable<unknown> }} Menu_Actions_ForInputs */
/** @typedef {{ level: NonNullable<unknown> }} Menu_Auto_AlreadyInputs */
/** @typedef {{}} Menu_Auto_AssignInputs */
/** @typedef {{}} Menu_Auto_BackInputs */
/** @typedef {{ level: NonNullable<unknown> }} Menu_Auto_Back_ToInputs */
/** @typedef {{ address: NonNullable<unknown> }} Menu_CopiedInputs */
/** @typedef {{}} Menu_Copy_AddressInputs */
/** @typedef {{}} Menu_Copy_FailedInputs */
/** @typedef {{}} Menu_Open_CardInputs */
/** @typedef {{ name: NonNullable<unknown> }} Notify_AddedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Notify_Alert_Available_TitleInputs */
/** @typedef {{ name: NonNullable<unknown> }} Notify_Alert_Back_TitleInputs */
/** @typedef {{ name: NonNullable<unknown>, now: NonNullable<unknown>, was: NonNullable<unknown> }} Notify_Alert_BodyInputs */
/** @typedef {{ name: NonNullable<unknown> }} Notify_Alert_Left_Dnd_TitleInputs */
/** @typedef {{ count: NonNullable<unknown> }} Notify_Alerts_Available_TitleInputs */
/** @typedef {{ count: NonNullable<unknown> }} Notify_Alerts_Back_TitleInputs */
/** @typedef {{ list: NonNullable<unknown> }} Notify_Alerts_BodyInputs */
/** @typedef {{ list: NonNullable<unknown> }} Notify_Burst_BodyInputs */
/** @typedef {{}} Notify_Burst_Body_EmptyInputs */
/** @typedef {{ count: NonNullable<unknown> }} Notify_Burst_TitleInputs */
/** @typedef {{ whom: NonNullable<unknown> }} Notify_Call_ForInputs */
/** @typedef {{ change: NonNullable<unknown>, level: NonNullable<unknown> }} Notify_Changed_BodyInputs */
/** @typedef {{}} Notify_Changed_TitleInputs */
/** @typedef {{}} Notify_Incoming_CallInputs */
/** @typedef {{}} Notify_Incoming_MessageInputs */
/** @typedef {{ from: NonNullable<unknown>, subject: NonNullable<unknown> }} Notify_Is_CallingInputs */
/** @typedef {{ from: NonNullable<unknown>, whom: NonNullable<unknown>, subject: NonNullable<unknown> }} Notify_Is_Calling_ForInputs */
/** @typedef {{ list: NonNullable<unknown>, rest: NonNullable<unknown> }} Notify_List_And_MoreInputs */
/** @typedef {{ first: NonNullable<unknown>, second: NonNullable<unknown> }} Notify_List_TwoInputs */
/** @typedef {{ whom: NonNullable<unknown> }} Notify_Message_ForInputs */
/** @typedef {{ name: NonNullable<unknown> }} Notify_Now_BlockedInputs */
/** @typedef {{ name: NonNullable<unknown>, level: NonNullable<unknown> }} Notify_Now_SeesInputs */
/** @typedef {{ name: NonNullable<unknown> }} Notify_Now_UnknownInputs */
/** @typedef {{ name: NonNullable<unknown> }} Notify_RemovedInputs */
/** @typedef {{ from: NonNullable<unknown>, subject: NonNullable<unknown> }} Notify_Sent_MessageInputs */
/** @typedef {{ from: NonNullable<unknown>, whom: NonNullable<unknown>, subject: NonNullable<unknown> }} Notify_Sent_Message_ForInputs */
/** @typedef {{}} Notify_Signed_Out_TitleInputs */
/** @typedef {{}} Notify_Status_AwayInputs */
/** @typedef {{}} Notify_Status_Be_Right_BackInputs */
/** @typedef {{}} Notify_Status_BusyInputs */
/** @typedef {{}} Notify_Status_Do_Not_DisturbInputs */
/** @typedef {{}} Notify_Status_Idle_BusyInputs */
/** @typedef {{}} Notify_Status_Idle_OnlineInputs */
/** @typedef {{}} Notify_Status_OfflineInputs */
/** @typedef {{}} Notify_Status_OnlineInputs */
/** @typedef {{}} Notify_Status_UnknownInputs */
/** @typedef {{ list: NonNullable<unknown>, since: NonNullable<unknown>, until: NonNullable<unknown> }} Notify_While_Away_BodyInputs */
/** @typedef {{ count: NonNullable<unknown> }} Notify_While_Away_TitleInputs */
/** @typedef {{}} Passive_Cli_Needs_WindowInputs */
/** @typedef {{}} Passive_ClosedInputs */
/** @typedef {{ host: NonNullable<unknown> }} Passive_Navigation_RefusedInputs */
/** @typedef {{}} Passive_Not_CompletedInputs */
/** @typedef {{}} Passive_Not_OfferedInputs */
/** @typedef {{}} Passive_OnlyInputs */
/** @typedef {{ host: NonNullable<unknown> }} Passive_Page_Account_RefusedInputs */
/** @typedef {{ host: NonNullable<unknown> }} Passive_Page_Needs_AccountInputs */
/** @typedef {{ host: NonNullable<unknown> }} Passive_Page_UntrustedInputs */
/** @typedef {{}} Passive_Page_Untrusted_UnnamedInputs */
/** @typedef {{}} Passive_Restore_Sign_In_AgainInputs */
/** @typedef {{ host: NonNullable<unknown> }} Passive_Window_TitleInputs */
/** @typedef {{}} Policy_Expects_FlagInputs */
/** @typedef {{}} Policy_Expects_HostsInputs */
/** @typedef {{}} Policy_Expects_Server_AddressInputs */
/** @typedef {{ methods: NonNullable<unknown> }} Policy_Expects_Sign_In_MethodsInputs */
/** @typedef {{ path: NonNullable<unknown> }} Policy_File_Not_FileInputs */
/** @typedef {{ path: NonNullable<unknown> }} Policy_File_Not_JsonInputs */
/** @typedef {{ path: NonNullable<unknown>, detail: NonNullable<unknown> }} Policy_File_Not_Json_DetailInputs */
/** @typedef {{ path: NonNullable<unknown> }} Policy_File_Not_PermittedInputs */
/** @typedef {{ path: NonNullable<unknown> }} Policy_File_Not_PlistInputs */
/** @typedef {{ path: NonNullable<unknown>, code: NonNullable<unknown> }} Policy_File_Read_ErrorInputs */
/** @typedef {{ path: NonNullable<unknown>, kilobytes: NonNullable<unknown> }} Policy_File_Too_LargeInputs */
/** @typedef {{ name: NonNullable<unknown>, source: NonNullable<unknown>, expects: NonNullable<unknown> }} Policy_Invalid_ValueInputs */
/** @typedef {{ why: NonNullable<unknown> }} Policy_Load_FailedInputs */
/** @typedef {{ source: NonNullable<unknown> }} Policy_Not_Named_ValuesInputs */
/** @typedef {{ source: NonNullable<unknown>, why: NonNullable<unknown> }} Policy_Source_UnreadableInputs */
/** @typedef {{ name: NonNullable<unknown>, source: NonNullable<unknown> }} Policy_Unknown_KeyInputs */
/** @typedef {{}} Presence_AwayInputs */
/** @typedef {{}} Presence_Be_Right_BackInputs */
/** @typedef {{}} Presence_BusyInputs */
/** @typedef {{}} Presence_Do_Not_DisturbInputs */
/** @typedef {{}} Presence_Idle_BusyInputs */
/** @typedef {{}} Presence_Idle_OnlineInputs */
/** @typedef {{}} Presence_OfflineInputs */
/** @typedef {{}} Presence_OnlineInputs */
/** @typedef {{}} Presence_UnknownInputs */
/** @typedef {{ level: NonNullable<unknown> }} Privacy_Auto_AnywayInputs */
/** @typedef {{ name: NonNullable<unknown>, level: NonNullable<unknown>, reason: NonNullable<unknown>, current: NonNullable<unknown> }} Privacy_Change_FailedInputs */
/** @typedef {{}} Privacy_Change_LevelInputs */
/** @typedef {{ change: NonNullable<unknown> }} Privacy_ConflictInputs */
/** @typedef {{}} Privacy_DismissInputs */
/** @typedef {{ level: NonNullable<unknown> }} Privacy_KeepInputs */
/** @typedef {{ name: NonNullable<unknown> }} Privacy_Menu_LabelInputs */
/** @typedef {{}} Privacy_OfflineInputs */
/** @typedef {{}} Privacy_Read_OnlyInputs */
/** @typedef {{}} Privacy_Same_As_AutoInputs */
/** @typedef {{}} Privacy_SavingInputs */
/** @typedef {{}} Privacy_Sees_Line_BlockedInputs */
/** @typedef {{}} Privacy_Sees_Line_ColleaguesInputs */
/** @typedef {{}} Privacy_Sees_Line_ExternalInputs */
/** @typedef {{}} Privacy_Sees_Line_FriendsInputs */
/** @typedef {{}} Privacy_Sees_Line_WorkgroupInputs */
/** @typedef {{}} Privacy_Sees_Short_BlockedInputs */
/** @typedef {{}} Privacy_Sees_Short_ColleaguesInputs */
/** @typedef {{}} Privacy_Sees_Short_ExternalInputs */
/** @typedef {{}} Privacy_Sees_Short_FriendsInputs */
/** @typedef {{}} Privacy_Sees_Short_WorkgroupInputs */
/** @typedef {{}} Privacy_Sees_UnknownInputs */
/** @typedef {{}} Privacy_TitleInputs */
/** @typedef {{ level: NonNullable<unknown> }} Privacy_Use_AnywayInputs */
/** @typedef {{}} Session_Address_InvalidInputs */
/** @typedef {{}} Session_Address_Needs_HttpsInputs */
/** @typedef {{}} Session_Address_Not_HostInputs */
/** @typedef {{}} Session_Address_Plain_HttpInputs */
/** @typedef {{}} Session_Demo_ServerInputs */
/** @typedef {{}} Session_Links_UnavailableInputs */
/** @typedef {{}} Session_Not_Signed_InInputs */
/** @typedef {{}} Session_ReplacedInputs */
/** @typedef {{ said: NonNullable<unknown> }} Session_Restore_FailedInputs */
/** @typedef {{}} Session_Saved_Password_RefusedInputs */
/** @typedef {{}} Session_Saved_Sign_In_ExpiredInputs */
/** @typedef {{}} Settings_AccountInputs */
/** @typedef {{}} Settings_Alerts_Include_AwayInputs */
/** @typedef {{}} Settings_AppearanceInputs */
/** @typedef {{}} Settings_DarkInputs */
/** @typedef {{}} Settings_LanguageInputs */
/** @typedef {{}} Settings_Language_NoteInputs */
/** @typedef {{}} Settings_LightInputs */
/** @typedef {{}} Settings_LoadingInputs */
/** @typedef {{}} Settings_ManagedInputs */
/** @typedef {{}} Settings_No_NotificationsInputs */
/** @typedef {{}} Settings_No_TrayInputs */
/** @typedef {{}} Settings_NotificationsInputs */
/** @typedef {{}} Settings_Notify_ChangesInputs */
/** @typedef {{}} Settings_Notify_InvitationsInputs */
/** @typedef {{}} Settings_Notify_Signed_OutInputs */
/** @typedef {{}} Settings_PauseInputs */
/** @typedef {{}} Settings_Pause_HourInputs */
/** @typedef {{}} Settings_Pause_TomorrowInputs */
/** @typedef {{ time: NonNullable<unknown> }} Settings_Paused_UntilInputs */
/** @typedef {{}} Settings_ResumeInputs */
/** @typedef {{}} Settings_Same_As_SystemInputs */
/** @typedef {{ server: NonNullable<unknown> }} Settings_ServerInputs */
/** @typedef {{}} Settings_Sign_OutInputs */
/** @typedef {{ user: NonNullable<unknown>, server: NonNullable<unknown> }} Settings_Signed_InInputs */
/** @typedef {{ user: NonNullable<unknown> }} Settings_Signed_In_DemoInputs */
/** @typedef {{}} Settings_Start_At_LoginInputs */
/** @typedef {{}} Settings_StartupInputs */
/** @typedef {{}} Settings_ThemeInputs */
/** @typedef {{}} Settings_TitleInputs */
/** @typedef {{}} Signin_AddressInputs */
/** @typedef {{}} Signin_Checking_MethodsInputs */
/** @typedef {{}} Signin_Demo_FailedInputs */
/** @typedef {{}} Signin_Demo_WhereInputs */
/** @typedef {{}} Signin_First_RunInputs */
/** @typedef {{}} Signin_IntroInputs */
/** @typedef {{}} Signin_Just_LookingInputs */
/** @typedef {{}} Signin_MethodInputs */
/** @typedef {{}} Signin_Method_PassiveInputs */
/** @typedef {{}} Signin_Method_PasswordInputs */
/** @typedef {{}} Signin_Method_WindowsInputs */
/** @typedef {{}} Signin_No_KeyringInputs */
/** @typedef {{}} Signin_OptionalInputs */
/** @typedef {{}} Signin_Other_AccountInputs */
/** @typedef {{}} Signin_Passive_Account_HintInputs */
/** @typedef {{}} Signin_Passive_FailedInputs */
/** @typedef {{}} Signin_Passive_HintInputs */
/** @typedef {{}} Signin_Passive_UnavailableInputs */
/** @typedef {{}} Signin_PasswordInputs */
/** @typedef {{ heading: NonNullable<unknown> }} Signin_ProblemInputs */
/** @typedef {{}} Signin_RememberInputs */
/** @typedef {{}} Signin_Remember_SigninInputs */
/** @typedef {{}} Signin_ServerInputs */
/** @typedef {{}} Signin_Server_HintInputs */
/** @typedef {{}} Signin_Server_PlaceholderInputs */
/** @typedef {{}} Signin_StepsInputs */
/** @typedef {{}} Signin_SubmitInputs */
/** @typedef {{}} Signin_TitleInputs */
/** @typedef {{ host: NonNullable<unknown> }} Signin_Trust_HostInputs */
/** @typedef {{}} Signin_Trust_WarningInputs */
/** @typedef {{}} Signin_Trust_Warning_WindowsInputs */
/** @typedef {{}} Signin_Try_DemoInputs */
/** @typedef {{}} Signin_UsernameInputs */
/** @typedef {{}} Signin_Username_HintInputs */
/** @typedef {{}} Signin_Windows_FailedInputs */
/** @typedef {{}} Signin_Windows_HintInputs */
/** @typedef {{}} Store_AddedInputs */
/** @typedef {{ level: NonNullable<unknown> }} Store_AlreadyInputs */
/** @typedef {{ name: NonNullable<unknown>, level: NonNullable<unknown>, reason: NonNullable<unknown>, current: NonNullable<unknown> }} Store_Change_FailedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Store_Changed_ManyInputs */
/** @typedef {{}} Store_Clipboard_FailedInputs */
/** @typedef {{ change: NonNullable<unknown> }} Store_Conflict_ElsewhereInputs */
/** @typedef {{}} Store_Conflict_ReasonInputs */
/** @typedef {{}} Store_Diagnostics_CopiedInputs */
/** @typedef {{ reason: NonNullable<unknown> }} Store_Diagnostics_FailedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Store_Group_CreatedInputs */
/** @typedef {{}} Store_Group_DeletedInputs */
/** @typedef {{}} Store_No_AnswerInputs */
/** @typedef {{}} Store_No_Level_BelowInputs */
/** @typedef {{ query: NonNullable<unknown> }} Store_No_One_FoundInputs */
/** @typedef {{}} Store_Not_ChangeableInputs */
/** @typedef {{ count: NonNullable<unknown> }} Store_Not_Changed_ManyInputs */
/** @typedef {{ name: NonNullable<unknown>, reason: NonNullable<unknown> }} Store_Not_Changed_OneInputs */
/** @typedef {{}} Store_Not_In_ListInputs */
/** @typedef {{ count: NonNullable<unknown> }} Store_Now_Blocked_ManyInputs */
/** @typedef {{ count: NonNullable<unknown>, level: NonNullable<unknown> }} Store_Now_See_ManyInputs */
/** @typedef {{}} Store_RemovedInputs */
/** @typedef {{}} Store_Removed_From_GroupInputs */
/** @typedef {{}} Store_RenamedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Store_Undone_ManyInputs */
/** @typedef {{ name: NonNullable<unknown>, level: NonNullable<unknown> }} Store_Undone_OneInputs */
/** @typedef {{ done: NonNullable<unknown>, failures: NonNullable<unknown> }} Store_With_FailuresInputs */
/** @typedef {{}} Tabs_ActivityInputs */
/** @typedef {{}} Tabs_ContactsInputs */
/** @typedef {{}} Tabs_GroupsInputs */
/** @typedef {{}} Tabs_HelpInputs */
/** @typedef {{}} Tabs_InvitationsInputs */
/** @typedef {{}} Tabs_LabelInputs */
/** @typedef {{ count: NonNullable<unknown> }} Tabs_NewInputs */
/** @typedef {{ count: NonNullable<unknown> }} Tabs_RingingInputs */
/** @typedef {{}} Tabs_SettingsInputs */
/** @typedef {{}} Tabs_Who_SeesInputs */
/** @typedef {{ change: NonNullable<unknown> }} Tray_Change_YoursInputs */
/** @typedef {{ user: NonNullable<unknown> }} Tray_ConnectedInputs */
/** @typedef {{ user: NonNullable<unknown> }} Tray_Connected_DemoInputs */
/** @typedef {{}} Tray_Notifications_UnavailableInputs */
/** @typedef {{}} Tray_OpenInputs */
/** @typedef {{}} Tray_PauseInputs */
/** @typedef {{}} Tray_Pause_HourInputs */
/** @typedef {{}} Tray_Pause_TomorrowInputs */
/** @typedef {{ time: NonNullable<unknown> }} Tray_Paused_UntilInputs */
/** @typedef {{}} Tray_QuitInputs */
/** @typedef {{}} Tray_RecentInputs */
/** @typedef {{}} Tray_Recent_NoneInputs */
/** @typedef {{ time: NonNullable<unknown> }} Tray_ReconnectingInputs */
/** @typedef {{}} Tray_ReplacedInputs */
/** @typedef {{}} Tray_ResumeInputs */
/** @typedef {{}} Tray_Sign_OutInputs */
/** @typedef {{}} Tray_Signed_OutInputs */
/** @typedef {{ reason: NonNullable<unknown> }} Tray_Signed_Out_BecauseInputs */
/** @typedef {{ step: NonNullable<unknown> }} Tray_Signing_InInputs */
/** @typedef {{}} Tray_Step_AuthenticatingInputs */
/** @typedef {{}} Tray_Step_Creating_ApplicationInputs */
/** @typedef {{}} Tray_Step_DiscoveringInputs */
/** @typedef {{}} Tray_Step_Loading_ContactsInputs */
/** @typedef {{ state: NonNullable<unknown> }} Tray_Tooltip_StateInputs */
/** @typedef {{ count: NonNullable<unknown> }} Tray_UnseenInputs */
/** @typedef {{}} Trust_Bad_UrlInputs */
/** @typedef {{ host: NonNullable<unknown> }} Trust_Bad_Url_HostInputs */
/** @typedef {{ host: NonNullable<unknown> }} Trust_InsecureInputs */
/** @typedef {{}} Trust_Insecure_UnnamedInputs */
/** @typedef {{}} Trust_Kdc_UnreachableInputs */
/** @typedef {{ host: NonNullable<unknown> }} Trust_Kerberos_FailedInputs */
/** @typedef {{ host: NonNullable<unknown> }} Trust_Kerberos_InsecureInputs */
/** @typedef {{}} Trust_Kerberos_Ticket_ExpiredInputs */
/** @typedef {{}} Trust_Kerberos_UnavailableInputs */
/** @typedef {{}} Trust_Negotiate_Not_OfferedInputs */
/** @typedef {{}} Trust_No_Kerberos_TicketInputs */
/** @typedef {{}} Trust_Ntlm_Needs_AccountInputs */
/** @typedef {{}} Trust_Ntlm_RefusedInputs */
/** @typedef {{}} Trust_Password_Not_OfferedInputs */
/** @typedef {{ host: NonNullable<unknown> }} Trust_Token_ElsewhereInputs */
/** @typedef {{}} Trust_Token_Elsewhere_UnnamedInputs */
/** @typedef {{ host: NonNullable<unknown> }} Trust_Unknown_ServiceInputs */
/** @typedef {{ host: NonNullable<unknown> }} Trust_Untrusted_HostInputs */
/** @typedef {{}} Trust_Untrusted_Host_UnnamedInputs */
/** @typedef {{}} Trust_Windows_Not_OfferedInputs */
/** @typedef {{}} Words_By_Other_DeviceInputs */
/** @typedef {{}} Words_By_YouInputs */
/** @typedef {{ change: NonNullable<unknown>, level: NonNullable<unknown> }} Words_Changed_ElsewhereInputs */
/** @typedef {{ name: NonNullable<unknown> }} Words_Level_No_Longer_KnownInputs */
/** @typedef {{ name: NonNullable<unknown> }} Words_Level_Not_KnownInputs */
/** @typedef {{}} Words_Network_DroppedInputs */
/** @typedef {{ name: NonNullable<unknown>, level: NonNullable<unknown> }} Words_Now_Sees_InfoInputs */
/** @typedef {{}} Words_OfflineInputs */
/** @typedef {{}} Words_Server_DroppedInputs */
/** @typedef {{ head: NonNullable<unknown>, last: NonNullable<unknown> }} Wsw_AndInputs */
/** @typedef {{}} Wsw_Basics_BlockedInputs */
/** @typedef {{}} Wsw_Basics_CardInputs */
/** @typedef {{}} Wsw_Basics_UnknownInputs */
/** @typedef {{}} Wsw_Contact_CardInputs */
/** @typedef {{ count: NonNullable<unknown> }} Wsw_ContactsInputs */
/** @typedef {{}} Wsw_Info_Dnd_LabelInputs */
/** @typedef {{}} Wsw_Info_Dnd_ShortInputs */
/** @typedef {{}} Wsw_Info_Free_Busy_LabelInputs */
/** @typedef {{}} Wsw_Info_Free_Busy_ListedInputs */
/** @typedef {{}} Wsw_Info_Free_Busy_ShortInputs */
/** @typedef {{}} Wsw_Info_Home_Phone_LabelInputs */
/** @typedef {{}} Wsw_Info_Home_Phone_ListedInputs */
/** @typedef {{}} Wsw_Info_Home_Phone_ShortInputs */
/** @typedef {{}} Wsw_Info_Location_LabelInputs */
/** @typedef {{}} Wsw_Info_Location_ListedInputs */
/** @typedef {{}} Wsw_Info_Location_ShortInputs */
/** @typedef {{}} Wsw_Info_Meeting_Locations_LabelInputs */
/** @typedef {{}} Wsw_Info_Meeting_Locations_ListedInputs */
/** @typedef {{}} Wsw_Info_Meeting_Locations_ShortInputs */
/** @typedef {{}} Wsw_Info_Meeting_Subjects_LabelInputs */
/** @typedef {{}} Wsw_Info_Meeting_Subjects_ListedInputs */
/** @typedef {{}} Wsw_Info_Meeting_Subjects_ShortInputs */
/** @typedef {{}} Wsw_Info_Mobile_Phone_LabelInputs */
/** @typedef {{}} Wsw_Info_Mobile_Phone_ListedInputs */
/** @typedef {{}} Wsw_Info_Mobile_Phone_ShortInputs */
/** @typedef {{}} Wsw_Info_Note_LabelInputs */
/** @typedef {{}} Wsw_Info_Note_ListedInputs */
/** @typedef {{}} Wsw_Info_Note_ShortInputs */
/** @typedef {{}} Wsw_Info_Other_Phone_LabelInputs */
/** @typedef {{}} Wsw_Info_Other_Phone_ListedInputs */
/** @typedef {{}} Wsw_Info_Other_Phone_ShortInputs */
/** @typedef {{}} Wsw_Info_Presence_LabelInputs */
/** @typedef {{}} Wsw_Info_Presence_ListedInputs */
/** @typedef {{}} Wsw_Info_Presence_ShortInputs */
/** @typedef {{}} Wsw_IntroInputs */
/** @typedef {{ count: NonNullable<unknown>, level: NonNullable<unknown> }} Wsw_Level_CountInputs */
/** @typedef {{}} Wsw_Level_Not_SaidInputs */
/** @typedef {{}} Wsw_Line_BlockedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Wsw_MoreInputs */
/** @typedef {{ count: NonNullable<unknown> }} Wsw_Move_DownInputs */
/** @typedef {{}} Wsw_NobodyInputs */
/** @typedef {{ count: NonNullable<unknown> }} Wsw_PeopleInputs */
/** @typedef {{}} Wsw_Reach_DndInputs */
/** @typedef {{ levels: NonNullable<unknown> }} Wsw_Seen_ByInputs */
/** @typedef {{ items: NonNullable<unknown> }} Wsw_SeesInputs */
/** @typedef {{}} Wsw_Short_BlockedInputs */
/** @typedef {{}} Wsw_TitleInputs */
/** @typedef {{ count: NonNullable<unknown> }} Wsw_UnknownInputs */
/** @typedef {{}} Wsw_WhoInputs */
import * as __en from "./en.js"
import * as __de from "./de.js"
import * as __fr from "./fr.js"
/**
* | output |
* | --- |
* | "Added to your contacts" |
*
* @param {Activity_AddedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_added = /** @type {((inputs?: Activity_AddedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_AddedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_added(inputs)
	if (locale === "fr") return __fr.activity_added(inputs)
	return __en.activity_added(inputs)
});
/**
* | output |
* | --- |
* | "Any level" |
*
* @param {Activity_Any_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_any_level = /** @type {((inputs?: Activity_Any_LevelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Any_LevelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_any_level(inputs)
	if (locale === "fr") return __fr.activity_any_level(inputs)
	return __en.activity_any_level(inputs)
});
/**
* | output |
* | --- |
* | "Anyone" |
*
* @param {Activity_AnyoneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_anyone = /** @type {((inputs?: Activity_AnyoneInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_AnyoneInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_anyone(inputs)
	if (locale === "fr") return __fr.activity_anyone(inputs)
	return __en.activity_anyone(inputs)
});
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
export const activity_away_changed = /** @type {((inputs: Activity_Away_ChangedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Away_ChangedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_away_changed(inputs)
	if (locale === "fr") return __fr.activity_away_changed(inputs)
	return __en.activity_away_changed(inputs)
});
/**
* | output |
* | --- |
* | "By" |
*
* @param {Activity_ByInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_by = /** @type {((inputs?: Activity_ByInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_ByInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_by(inputs)
	if (locale === "fr") return __fr.activity_by(inputs)
	return __en.activity_by(inputs)
});
/**
* | output |
* | --- |
* | "Cannot be changed" |
*
* @param {Activity_Cannot_ChangeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_cannot_change = /** @type {((inputs?: Activity_Cannot_ChangeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Cannot_ChangeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_cannot_change(inputs)
	if (locale === "fr") return __fr.activity_cannot_change(inputs)
	return __en.activity_cannot_change(inputs)
});
/**
* | output |
* | --- |
* | "Relationship changes, newest first" |
*
* @param {Activity_CaptionInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_caption = /** @type {((inputs?: Activity_CaptionInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_CaptionInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_caption(inputs)
	if (locale === "fr") return __fr.activity_caption(inputs)
	return __en.activity_caption(inputs)
});
/**
* | output |
* | --- |
* | "Change" |
*
* @param {Activity_ChangeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_change = /** @type {((inputs?: Activity_ChangeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_ChangeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_change(inputs)
	if (locale === "fr") return __fr.activity_change(inputs)
	return __en.activity_change(inputs)
});
/**
* | output |
* | --- |
* | "Changed by" |
*
* @param {Activity_Changed_ByInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_changed_by = /** @type {((inputs?: Activity_Changed_ByInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Changed_ByInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_changed_by(inputs)
	if (locale === "fr") return __fr.activity_changed_by(inputs)
	return __en.activity_changed_by(inputs)
});
/**
* | output |
* | --- |
* | "Contact" |
*
* @param {Activity_ContactInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_contact = /** @type {((inputs?: Activity_ContactInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_ContactInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_contact(inputs)
	if (locale === "fr") return __fr.activity_contact(inputs)
	return __en.activity_contact(inputs)
});
/**
* | output |
* | --- |
* | "From" |
*
* @param {Activity_Csv_FromInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_csv_from = /** @type {((inputs?: Activity_Csv_FromInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Csv_FromInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_csv_from(inputs)
	if (locale === "fr") return __fr.activity_csv_from(inputs)
	return __en.activity_csv_from(inputs)
});
/**
* | output |
* | --- |
* | "SIP address" |
*
* @param {Activity_Csv_SipInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_csv_sip = /** @type {((inputs?: Activity_Csv_SipInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Csv_SipInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_csv_sip(inputs)
	if (locale === "fr") return __fr.activity_csv_sip(inputs)
	return __en.activity_csv_sip(inputs)
});
/**
* | output |
* | --- |
* | "To" |
*
* @param {Activity_Csv_ToInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_csv_to = /** @type {((inputs?: Activity_Csv_ToInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Csv_ToInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_csv_to(inputs)
	if (locale === "fr") return __fr.activity_csv_to(inputs)
	return __en.activity_csv_to(inputs)
});
/**
* | output |
* | --- |
* | "When (UTC)" |
*
* @param {Activity_Csv_WhenInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_csv_when = /** @type {((inputs?: Activity_Csv_WhenInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Csv_WhenInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_csv_when(inputs)
	if (locale === "fr") return __fr.activity_csv_when(inputs)
	return __en.activity_csv_when(inputs)
});
/**
* | output |
* | --- |
* | "No relationship changes yet. Changes you make here or from another device or client are listed." |
*
* @param {Activity_EmptyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_empty = /** @type {((inputs?: Activity_EmptyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_EmptyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_empty(inputs)
	if (locale === "fr") return __fr.activity_empty(inputs)
	return __en.activity_empty(inputs)
});
/**
* | output |
* | --- |
* | "Export CSV" |
*
* @param {Activity_ExportInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_export = /** @type {((inputs?: Activity_ExportInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_ExportInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_export(inputs)
	if (locale === "fr") return __fr.activity_export(inputs)
	return __en.activity_export(inputs)
});
/**
* | output |
* | --- |
* | "Filter by contact" |
*
* @param {Activity_Filter_ContactInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_filter_contact = /** @type {((inputs?: Activity_Filter_ContactInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Filter_ContactInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_filter_contact(inputs)
	if (locale === "fr") return __fr.activity_filter_contact(inputs)
	return __en.activity_filter_contact(inputs)
});
/**
* | output |
* | --- |
* | "Filter activity" |
*
* @param {Activity_FiltersInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_filters = /** @type {((inputs?: Activity_FiltersInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_FiltersInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_filters(inputs)
	if (locale === "fr") return __fr.activity_filters(inputs)
	return __en.activity_filters(inputs)
});
/**
* | output |
* | --- |
* | "Is {level}" |
*
* @param {Activity_Is_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_is_level = /** @type {((inputs: Activity_Is_LevelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Is_LevelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_is_level(inputs)
	if (locale === "fr") return __fr.activity_is_level(inputs)
	return __en.activity_is_level(inputs)
});
/**
* | output |
* | --- |
* | "Level" |
*
* @param {Activity_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_level = /** @type {((inputs?: Activity_LevelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_LevelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_level(inputs)
	if (locale === "fr") return __fr.activity_level(inputs)
	return __en.activity_level(inputs)
});
/**
* | output |
* | --- |
* | "No changes match the filter." |
*
* @param {Activity_No_MatchInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_no_match = /** @type {((inputs?: Activity_No_MatchInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_No_MatchInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_no_match(inputs)
	if (locale === "fr") return __fr.activity_no_match(inputs)
	return __en.activity_no_match(inputs)
});
/**
* | output |
* | --- |
* | "Not in your list" |
*
* @param {Activity_Not_In_ListInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_not_in_list = /** @type {((inputs?: Activity_Not_In_ListInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Not_In_ListInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_not_in_list(inputs)
	if (locale === "fr") return __fr.activity_not_in_list(inputs)
	return __en.activity_not_in_list(inputs)
});
/**
* | output |
* | --- |
* | "Removed from your contacts (was {level})" |
*
* @param {Activity_RemovedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_removed = /** @type {((inputs: Activity_RemovedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_RemovedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_removed(inputs)
	if (locale === "fr") return __fr.activity_removed(inputs)
	return __en.activity_removed(inputs)
});
/**
* | output |
* | --- |
* | "Revert" |
*
* @param {Activity_RevertInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_revert = /** @type {((inputs?: Activity_RevertInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_RevertInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_revert(inputs)
	if (locale === "fr") return __fr.activity_revert(inputs)
	return __en.activity_revert(inputs)
});
/**
* | output |
* | --- |
* | "Revert {name} to {level}" |
*
* @param {Activity_Revert_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_revert_label = /** @type {((inputs: Activity_Revert_LabelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Revert_LabelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_revert_label(inputs)
	if (locale === "fr") return __fr.activity_revert_label(inputs)
	return __en.activity_revert_label(inputs)
});
/**
* | output |
* | --- |
* | "Show all changes" |
*
* @param {Activity_Show_AllInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_show_all = /** @type {((inputs?: Activity_Show_AllInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Show_AllInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_show_all(inputs)
	if (locale === "fr") return __fr.activity_show_all(inputs)
	return __en.activity_show_all(inputs)
});
/**
* | output |
* | --- |
* | "Activity" |
*
* @param {Activity_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_title = /** @type {((inputs?: Activity_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_title(inputs)
	if (locale === "fr") return __fr.activity_title(inputs)
	return __en.activity_title(inputs)
});
/**
* | output |
* | --- |
* | "to" |
*
* @param {Activity_ToInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_to = /** @type {((inputs?: Activity_ToInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_ToInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_to(inputs)
	if (locale === "fr") return __fr.activity_to(inputs)
	return __en.activity_to(inputs)
});
/**
* | output |
* | --- |
* | "Was not known" |
*
* @param {Activity_Was_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_was_unknown = /** @type {((inputs?: Activity_Was_UnknownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Was_UnknownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_was_unknown(inputs)
	if (locale === "fr") return __fr.activity_was_unknown(inputs)
	return __en.activity_was_unknown(inputs)
});
/**
* | output |
* | --- |
* | "When" |
*
* @param {Activity_WhenInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_when = /** @type {((inputs?: Activity_WhenInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_WhenInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_when(inputs)
	if (locale === "fr") return __fr.activity_when(inputs)
	return __en.activity_when(inputs)
});
/**
* | output |
* | --- |
* | "While you were away" |
*
* @param {Activity_While_AwayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_while_away = /** @type {((inputs?: Activity_While_AwayInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_While_AwayInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_while_away(inputs)
	if (locale === "fr") return __fr.activity_while_away(inputs)
	return __en.activity_while_away(inputs)
});
/**
* | output |
* | --- |
* | "While you were away:" |
*
* @param {Activity_While_Away_HeadingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_while_away_heading = /** @type {((inputs?: Activity_While_Away_HeadingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_While_Away_HeadingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.activity_while_away_heading(inputs)
	if (locale === "fr") return __fr.activity_while_away_heading(inputs)
	return __en.activity_while_away_heading(inputs)
});
/**
* | output |
* | --- |
* | "Starting…" |
*
* @param {App_StartingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const app_starting = /** @type {((inputs?: App_StartingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_StartingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.app_starting(inputs)
	if (locale === "fr") return __fr.app_starting(inputs)
	return __en.app_starting(inputs)
});
/**
* | output |
* | --- |
* | "{user} · demo" |
*
* @param {App_User_DemoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const app_user_demo = /** @type {((inputs: App_User_DemoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_User_DemoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.app_user_demo(inputs)
	if (locale === "fr") return __fr.app_user_demo(inputs)
	return __en.app_user_demo(inputs)
});
/**
* | output |
* | --- |
* | "{heading}:" |
*
* @param {Banner_Error_HeadingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const banner_error_heading = /** @type {((inputs: Banner_Error_HeadingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Banner_Error_HeadingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.banner_error_heading(inputs)
	if (locale === "fr") return __fr.banner_error_heading(inputs)
	return __en.banner_error_heading(inputs)
});
/**
* | output |
* | --- |
* | "Next try {when}." |
*
* @param {Banner_Next_TryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const banner_next_try = /** @type {((inputs: Banner_Next_TryInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Banner_Next_TryInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.banner_next_try(inputs)
	if (locale === "fr") return __fr.banner_next_try(inputs)
	return __en.banner_next_try(inputs)
});
/**
* | output |
* | --- |
* | "{headline} Reconnecting…" |
*
* @param {Banner_ReconnectingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const banner_reconnecting = /** @type {((inputs: Banner_ReconnectingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Banner_ReconnectingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.banner_reconnecting(inputs)
	if (locale === "fr") return __fr.banner_reconnecting(inputs)
	return __en.banner_reconnecting(inputs)
});
/**
* | output |
* | --- |
* | "Retry now" |
*
* @param {Banner_Retry_NowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const banner_retry_now = /** @type {((inputs?: Banner_Retry_NowInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Banner_Retry_NowInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.banner_retry_now(inputs)
	if (locale === "fr") return __fr.banner_retry_now(inputs)
	return __en.banner_retry_now(inputs)
});
/**
* | output |
* | --- |
* | "Sign in again" |
*
* @param {Banner_Sign_In_AgainInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const banner_sign_in_again = /** @type {((inputs?: Banner_Sign_In_AgainInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Banner_Sign_In_AgainInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.banner_sign_in_again(inputs)
	if (locale === "fr") return __fr.banner_sign_in_again(inputs)
	return __en.banner_sign_in_again(inputs)
});
/**
* | output |
* | --- |
* | "Signed out." |
*
* @param {Banner_Signed_OutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const banner_signed_out = /** @type {((inputs?: Banner_Signed_OutInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Banner_Signed_OutInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.banner_signed_out(inputs)
	if (locale === "fr") return __fr.banner_signed_out(inputs)
	return __en.banner_signed_out(inputs)
});
/**
* | output |
* | --- |
* | "Change" |
*
* @param {Bulk_ChangeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_change = /** @type {((inputs?: Bulk_ChangeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Bulk_ChangeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.bulk_change(inputs)
	if (locale === "fr") return __fr.bulk_change(inputs)
	return __en.bulk_change(inputs)
});
/**
* | output |
* | --- |
* | "Change all of them to" |
*
* @param {Bulk_Change_All_ToInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_change_all_to = /** @type {((inputs?: Bulk_Change_All_ToInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Bulk_Change_All_ToInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.bulk_change_all_to(inputs)
	if (locale === "fr") return __fr.bulk_change_all_to(inputs)
	return __en.bulk_change_all_to(inputs)
});
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
export const bulk_change_count = /** @type {((inputs: Bulk_Change_CountInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Bulk_Change_CountInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.bulk_change_count(inputs)
	if (locale === "fr") return __fr.bulk_change_count(inputs)
	return __en.bulk_change_count(inputs)
});
/**
* | output |
* | --- |
* | "Choose a level…" |
*
* @param {Bulk_Choose_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_choose_level = /** @type {((inputs?: Bulk_Choose_LevelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Bulk_Choose_LevelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.bulk_choose_level(inputs)
	if (locale === "fr") return __fr.bulk_choose_level(inputs)
	return __en.bulk_choose_level(inputs)
});
/**
* | output |
* | --- |
* | "Clear selection" |
*
* @param {Bulk_ClearInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_clear = /** @type {((inputs?: Bulk_ClearInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Bulk_ClearInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.bulk_clear(inputs)
	if (locale === "fr") return __fr.bulk_clear(inputs)
	return __en.bulk_clear(inputs)
});
/**
* | output |
* | --- |
* | "{n} {level}" |
*
* @param {Bulk_Level_CountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_level_count = /** @type {((inputs: Bulk_Level_CountInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Bulk_Level_CountInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.bulk_level_count(inputs)
	if (locale === "fr") return __fr.bulk_level_count(inputs)
	return __en.bulk_level_count(inputs)
});
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
export const bulk_names_more = /** @type {((inputs: Bulk_Names_MoreInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Bulk_Names_MoreInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.bulk_names_more(inputs)
	if (locale === "fr") return __fr.bulk_names_more(inputs)
	return __en.bulk_names_more(inputs)
});
/**
* | output |
* | --- |
* | "Now: {levels}." |
*
* @param {Bulk_NowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_now = /** @type {((inputs: Bulk_NowInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Bulk_NowInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.bulk_now(inputs)
	if (locale === "fr") return __fr.bulk_now(inputs)
	return __en.bulk_now(inputs)
});
/**
* | output |
* | --- |
* | "You can change them once connected." |
*
* @param {Bulk_OfflineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_offline = /** @type {((inputs?: Bulk_OfflineInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Bulk_OfflineInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.bulk_offline(inputs)
	if (locale === "fr") return __fr.bulk_offline(inputs)
	return __en.bulk_offline(inputs)
});
/**
* | output |
* | --- |
* | "Changing {done} of {total}…" |
*
* @param {Bulk_ProgressInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_progress = /** @type {((inputs: Bulk_ProgressInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Bulk_ProgressInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.bulk_progress(inputs)
	if (locale === "fr") return __fr.bulk_progress(inputs)
	return __en.bulk_progress(inputs)
});
/**
* | output |
* | --- |
* | "Changes applied" |
*
* @param {Bulk_Progress_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_progress_label = /** @type {((inputs?: Bulk_Progress_LabelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Bulk_Progress_LabelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.bulk_progress_label(inputs)
	if (locale === "fr") return __fr.bulk_progress_label(inputs)
	return __en.bulk_progress_label(inputs)
});
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
export const bulk_selected = /** @type {((inputs: Bulk_SelectedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Bulk_SelectedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.bulk_selected(inputs)
	if (locale === "fr") return __fr.bulk_selected(inputs)
	return __en.bulk_selected(inputs)
});
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
export const bulk_skipped = /** @type {((inputs: Bulk_SkippedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Bulk_SkippedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.bulk_skipped(inputs)
	if (locale === "fr") return __fr.bulk_skipped(inputs)
	return __en.bulk_skipped(inputs)
});
/**
* | output |
* | --- |
* | "Can use" |
*
* @param {Card_Can_UseInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_can_use = /** @type {((inputs?: Card_Can_UseInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_Can_UseInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.card_can_use(inputs)
	if (locale === "fr") return __fr.card_can_use(inputs)
	return __en.card_can_use(inputs)
});
/**
* | output |
* | --- |
* | "Company" |
*
* @param {Card_CompanyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_company = /** @type {((inputs?: Card_CompanyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_CompanyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.card_company(inputs)
	if (locale === "fr") return __fr.card_company(inputs)
	return __en.card_company(inputs)
});
/**
* | output |
* | --- |
* | "Department" |
*
* @param {Card_DepartmentInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_department = /** @type {((inputs?: Card_DepartmentInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_DepartmentInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.card_department(inputs)
	if (locale === "fr") return __fr.card_department(inputs)
	return __en.card_department(inputs)
});
/**
* | output |
* | --- |
* | "Could not load all details: {reason}" |
*
* @param {Card_Details_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_details_failed = /** @type {((inputs: Card_Details_FailedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_Details_FailedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.card_details_failed(inputs)
	if (locale === "fr") return __fr.card_details_failed(inputs)
	return __en.card_details_failed(inputs)
});
/**
* | output |
* | --- |
* | "E-mail" |
*
* @param {Card_EmailInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_email = /** @type {((inputs?: Card_EmailInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_EmailInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.card_email(inputs)
	if (locale === "fr") return __fr.card_email(inputs)
	return __en.card_email(inputs)
});
/**
* | output |
* | --- |
* | "· active {time}" |
*
* @param {Card_Last_ActiveInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_last_active = /** @type {((inputs: Card_Last_ActiveInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_Last_ActiveInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.card_last_active(inputs)
	if (locale === "fr") return __fr.card_last_active(inputs)
	return __en.card_last_active(inputs)
});
/**
* | output |
* | --- |
* | "Location" |
*
* @param {Card_LocationInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_location = /** @type {((inputs?: Card_LocationInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_LocationInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.card_location(inputs)
	if (locale === "fr") return __fr.card_location(inputs)
	return __en.card_location(inputs)
});
/**
* | output |
* | --- |
* | "Note:" |
*
* @param {Card_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_note = /** @type {((inputs?: Card_NoteInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_NoteInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.card_note(inputs)
	if (locale === "fr") return __fr.card_note(inputs)
	return __en.card_note(inputs)
});
/**
* | output |
* | --- |
* | "Out of office:" |
*
* @param {Card_Note_Out_Of_OfficeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_note_out_of_office = /** @type {((inputs?: Card_Note_Out_Of_OfficeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_Note_Out_Of_OfficeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.card_note_out_of_office(inputs)
	if (locale === "fr") return __fr.card_note_out_of_office(inputs)
	return __en.card_note_out_of_office(inputs)
});
/**
* | output |
* | --- |
* | "Office" |
*
* @param {Card_OfficeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_office = /** @type {((inputs?: Card_OfficeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_OfficeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.card_office(inputs)
	if (locale === "fr") return __fr.card_office(inputs)
	return __en.card_office(inputs)
});
/**
* | output |
* | --- |
* | "Home phone" |
*
* @param {Card_Phone_HomeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_phone_home = /** @type {((inputs?: Card_Phone_HomeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_Phone_HomeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.card_phone_home(inputs)
	if (locale === "fr") return __fr.card_phone_home(inputs)
	return __en.card_phone_home(inputs)
});
/**
* | output |
* | --- |
* | "Mobile phone" |
*
* @param {Card_Phone_MobileInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_phone_mobile = /** @type {((inputs?: Card_Phone_MobileInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_Phone_MobileInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.card_phone_mobile(inputs)
	if (locale === "fr") return __fr.card_phone_mobile(inputs)
	return __en.card_phone_mobile(inputs)
});
/**
* | output |
* | --- |
* | "Other phone" |
*
* @param {Card_Phone_OtherInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_phone_other = /** @type {((inputs?: Card_Phone_OtherInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_Phone_OtherInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.card_phone_other(inputs)
	if (locale === "fr") return __fr.card_phone_other(inputs)
	return __en.card_phone_other(inputs)
});
/**
* | output |
* | --- |
* | "Work phone" |
*
* @param {Card_Phone_WorkInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_phone_work = /** @type {((inputs?: Card_Phone_WorkInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_Phone_WorkInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.card_phone_work(inputs)
	if (locale === "fr") return __fr.card_phone_work(inputs)
	return __en.card_phone_work(inputs)
});
/**
* | output |
* | --- |
* | "Photo of {name}" |
*
* @param {Card_Photo_OfInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_photo_of = /** @type {((inputs: Card_Photo_OfInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_Photo_OfInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.card_photo_of(inputs)
	if (locale === "fr") return __fr.card_photo_of(inputs)
	return __en.card_photo_of(inputs)
});
/**
* | output |
* | --- |
* | "SIP address" |
*
* @param {Card_Sip_AddressInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_sip_address = /** @type {((inputs?: Card_Sip_AddressInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_Sip_AddressInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.card_sip_address(inputs)
	if (locale === "fr") return __fr.card_sip_address(inputs)
	return __en.card_sip_address(inputs)
});
/**
* | output |
* | --- |
* | "Source network" |
*
* @param {Card_Source_NetworkInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_source_network = /** @type {((inputs?: Card_Source_NetworkInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_Source_NetworkInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.card_source_network(inputs)
	if (locale === "fr") return __fr.card_source_network(inputs)
	return __en.card_source_network(inputs)
});
/**
* | output |
* | --- |
* | "The server ended the session." |
*
* @param {Channel_EndedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_ended = /** @type {((inputs?: Channel_EndedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_EndedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.channel_ended(inputs)
	if (locale === "fr") return __fr.channel_ended(inputs)
	return __en.channel_ended(inputs)
});
/**
* | output |
* | --- |
* | "The server does not allow this app to connect." |
*
* @param {Channel_Ended_Agent_Not_AllowedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_ended_agent_not_allowed = /** @type {((inputs?: Channel_Ended_Agent_Not_AllowedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_Ended_Agent_Not_AllowedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.channel_ended_agent_not_allowed(inputs)
	if (locale === "fr") return __fr.channel_ended_agent_not_allowed(inputs)
	return __en.channel_ended_agent_not_allowed(inputs)
});
/**
* | output |
* | --- |
* | "The session expired after a long time without contact with the server." |
*
* @param {Channel_Ended_ExpiredInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_ended_expired = /** @type {((inputs?: Channel_Ended_ExpiredInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_Ended_ExpiredInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.channel_ended_expired(inputs)
	if (locale === "fr") return __fr.channel_ended_expired(inputs)
	return __en.channel_ended_expired(inputs)
});
/**
* | output |
* | --- |
* | "You are signed in on too many devices. Sign out somewhere else and try again." |
*
* @param {Channel_Ended_Too_ManyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_ended_too_many = /** @type {((inputs?: Channel_Ended_Too_ManyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_Ended_Too_ManyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.channel_ended_too_many(inputs)
	if (locale === "fr") return __fr.channel_ended_too_many(inputs)
	return __en.channel_ended_too_many(inputs)
});
/**
* | output |
* | --- |
* | "The network is unavailable." |
*
* @param {Channel_NetworkInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_network = /** @type {((inputs?: Channel_NetworkInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_NetworkInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.channel_network(inputs)
	if (locale === "fr") return __fr.channel_network(inputs)
	return __en.channel_network(inputs)
});
/**
* | output |
* | --- |
* | "The server sent an answer that could not be understood." |
*
* @param {Channel_Not_UnderstoodInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_not_understood = /** @type {((inputs?: Channel_Not_UnderstoodInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_Not_UnderstoodInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.channel_not_understood(inputs)
	if (locale === "fr") return __fr.channel_not_understood(inputs)
	return __en.channel_not_understood(inputs)
});
/**
* | output |
* | --- |
* | "The connection was lost for too long." |
*
* @param {Channel_Outage_Too_LongInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_outage_too_long = /** @type {((inputs?: Channel_Outage_Too_LongInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_Outage_Too_LongInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.channel_outage_too_long(inputs)
	if (locale === "fr") return __fr.channel_outage_too_long(inputs)
	return __en.channel_outage_too_long(inputs)
});
/**
* | output |
* | --- |
* | "The server no longer accepts your password. Sign in again." |
*
* @param {Channel_Password_RefusedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_password_refused = /** @type {((inputs?: Channel_Password_RefusedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_Password_RefusedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.channel_password_refused(inputs)
	if (locale === "fr") return __fr.channel_password_refused(inputs)
	return __en.channel_password_refused(inputs)
});
/**
* | output |
* | --- |
* | "The server refused the connection (HTTP {status})." |
*
* @param {Channel_RefusedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_refused = /** @type {((inputs: Channel_RefusedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_RefusedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.channel_refused(inputs)
	if (locale === "fr") return __fr.channel_refused(inputs)
	return __en.channel_refused(inputs)
});
/**
* | output |
* | --- |
* | "The server had a problem (HTTP {status})." |
*
* @param {Channel_Server_ErrorInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_server_error = /** @type {((inputs: Channel_Server_ErrorInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_Server_ErrorInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.channel_server_error(inputs)
	if (locale === "fr") return __fr.channel_server_error(inputs)
	return __en.channel_server_error(inputs)
});
/**
* | output |
* | --- |
* | "The server no longer knows this session." |
*
* @param {Channel_Session_LostInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_session_lost = /** @type {((inputs?: Channel_Session_LostInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_Session_LostInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.channel_session_lost(inputs)
	if (locale === "fr") return __fr.channel_session_lost(inputs)
	return __en.channel_session_lost(inputs)
});
/**
* | output |
* | --- |
* | "The server keeps refusing our sign-in." |
*
* @param {Channel_Sign_In_RefusedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_sign_in_refused = /** @type {((inputs?: Channel_Sign_In_RefusedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_Sign_In_RefusedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.channel_sign_in_refused(inputs)
	if (locale === "fr") return __fr.channel_sign_in_refused(inputs)
	return __en.channel_sign_in_refused(inputs)
});
/**
* | output |
* | --- |
* | "The server did not answer in time." |
*
* @param {Channel_TimeoutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_timeout = /** @type {((inputs?: Channel_TimeoutInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_TimeoutInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.channel_timeout(inputs)
	if (locale === "fr") return __fr.channel_timeout(inputs)
	return __en.channel_timeout(inputs)
});
/**
* | output |
* | --- |
* | "The server's security certificate could not be verified, so the connection was not made." |
*
* @param {Channel_Untrusted_CertificateInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_untrusted_certificate = /** @type {((inputs?: Channel_Untrusted_CertificateInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_Untrusted_CertificateInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.channel_untrusted_certificate(inputs)
	if (locale === "fr") return __fr.channel_untrusted_certificate(inputs)
	return __en.channel_untrusted_certificate(inputs)
});
/**
* | output |
* | --- |
* | "The server sent something we cannot use." |
*
* @param {Channel_Unusable_AnswerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_unusable_answer = /** @type {((inputs?: Channel_Unusable_AnswerInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_Unusable_AnswerInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.channel_unusable_answer(inputs)
	if (locale === "fr") return __fr.channel_unusable_answer(inputs)
	return __en.channel_unusable_answer(inputs)
});
/**
* | output |
* | --- |
* | "commands:" |
*
* @param {Cli_CommandsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_commands = /** @type {((inputs?: Cli_CommandsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_CommandsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_commands(inputs)
	if (locale === "fr") return __fr.cli_commands(inputs)
	return __en.cli_commands(inputs)
});
/**
* | output |
* | --- |
* | "find people, add them to a group, take them out of one or all" |
*
* @param {Cli_Contacts_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_contacts_summary = /** @type {((inputs?: Cli_Contacts_SummaryInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Contacts_SummaryInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_contacts_summary(inputs)
	if (locale === "fr") return __fr.cli_contacts_summary(inputs)
	return __en.cli_contacts_summary(inputs)
});
/**
* | output |
* | --- |
* | "--contacts must be a whole number up to 100000" |
*
* @param {Cli_Contacts_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_contacts_values = /** @type {((inputs?: Cli_Contacts_ValuesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Contacts_ValuesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_contacts_values(inputs)
	if (locale === "fr") return __fr.cli_contacts_values(inputs)
	return __en.cli_contacts_values(inputs)
});
/**
* | output |
* | --- |
* | "print each UCWA representation as the normalised model" |
*
* @param {Cli_Decode_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_decode_summary = /** @type {((inputs?: Cli_Decode_SummaryInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Decode_SummaryInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_decode_summary(inputs)
	if (locale === "fr") return __fr.cli_decode_summary(inputs)
	return __en.cli_decode_summary(inputs)
});
/**
* | output |
* | --- |
* | "--format must be json or xml" |
*
* @param {Cli_Format_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_format_values = /** @type {((inputs?: Cli_Format_ValuesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Format_ValuesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_format_values(inputs)
	if (locale === "fr") return __fr.cli_format_values(inputs)
	return __en.cli_format_values(inputs)
});
/**
* | output |
* | --- |
* | "\"{name}\" was not created" |
*
* @param {Cli_Group_Not_CreatedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_group_not_created = /** @type {((inputs: Cli_Group_Not_CreatedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Group_Not_CreatedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_group_not_created(inputs)
	if (locale === "fr") return __fr.cli_group_not_created(inputs)
	return __en.cli_group_not_created(inputs)
});
/**
* | output |
* | --- |
* | "list, create, rename or delete contact groups" |
*
* @param {Cli_Groups_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_groups_summary = /** @type {((inputs?: Cli_Groups_SummaryInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Groups_SummaryInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_groups_summary(inputs)
	if (locale === "fr") return __fr.cli_groups_summary(inputs)
	return __en.cli_groups_summary(inputs)
});
/**
* | output |
* | --- |
* | "--host must be a loopback address (127.0.0.0/8, localhost or ::1)" |
*
* @param {Cli_Host_LoopbackInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_host_loopback = /** @type {((inputs?: Cli_Host_LoopbackInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Host_LoopbackInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_host_loopback(inputs)
	if (locale === "fr") return __fr.cli_host_loopback(inputs)
	return __en.cli_host_loopback(inputs)
});
/**
* | output |
* | --- |
* | "(now {level})" |
*
* @param {Cli_Level_NowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_level_now = /** @type {((inputs: Cli_Level_NowInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Level_NowInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_level_now(inputs)
	if (locale === "fr") return __fr.cli_level_now(inputs)
	return __en.cli_level_now(inputs)
});
/**
* | output |
* | --- |
* | "LEVEL must be one of {levels}" |
*
* @param {Cli_Level_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_level_values = /** @type {((inputs: Cli_Level_ValuesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Level_ValuesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_level_values(inputs)
	if (locale === "fr") return __fr.cli_level_values(inputs)
	return __en.cli_level_values(inputs)
});
/**
* | output |
* | --- |
* | "--limit must be a number from 1 to 100" |
*
* @param {Cli_Limit_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_limit_values = /** @type {((inputs?: Cli_Limit_ValuesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Limit_ValuesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_limit_values(inputs)
	if (locale === "fr") return __fr.cli_limit_values(inputs)
	return __en.cli_limit_values(inputs)
});
/**
* | output |
* | --- |
* | "neither JSON nor XML" |
*
* @param {Cli_Neither_Json_Nor_XmlInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_neither_json_nor_xml = /** @type {((inputs?: Cli_Neither_Json_Nor_XmlInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Neither_Json_Nor_XmlInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_neither_json_nor_xml(inputs)
	if (locale === "fr") return __fr.cli_neither_json_nor_xml(inputs)
	return __en.cli_neither_json_nor_xml(inputs)
});
/**
* | output |
* | --- |
* | "no password: use --password-stdin or set UCWA_PASSWORD" |
*
* @param {Cli_No_PasswordInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_no_password = /** @type {((inputs?: Cli_No_PasswordInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_No_PasswordInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_no_password(inputs)
	if (locale === "fr") return __fr.cli_no_password(inputs)
	return __en.cli_no_password(inputs)
});
/**
* | output |
* | --- |
* | "there is no group \"{group}\"" |
*
* @param {Cli_No_Such_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_no_such_group = /** @type {((inputs: Cli_No_Such_GroupInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_No_Such_GroupInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_no_such_group(inputs)
	if (locale === "fr") return __fr.cli_no_such_group(inputs)
	return __en.cli_no_such_group(inputs)
});
/**
* | output |
* | --- |
* | "{contact} is not in your contacts." |
*
* @param {Cli_Not_In_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_not_in_contacts = /** @type {((inputs: Cli_Not_In_ContactsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Not_In_ContactsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_not_in_contacts(inputs)
	if (locale === "fr") return __fr.cli_not_in_contacts(inputs)
	return __en.cli_not_in_contacts(inputs)
});
/**
* | output |
* | --- |
* | "{uri} is not tagged" |
*
* @param {Cli_Not_TaggedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_not_tagged = /** @type {((inputs: Cli_Not_TaggedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Not_TaggedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_not_tagged(inputs)
	if (locale === "fr") return __fr.cli_not_tagged(inputs)
	return __en.cli_not_tagged(inputs)
});
/**
* | output |
* | --- |
* | "cancelled" |
*
* @param {Cli_Password_CancelledInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_password_cancelled = /** @type {((inputs?: Cli_Password_CancelledInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Password_CancelledInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_password_cancelled(inputs)
	if (locale === "fr") return __fr.cli_password_cancelled(inputs)
	return __en.cli_password_cancelled(inputs)
});
/**
* | output |
* | --- |
* | "the first line of standard input is too long" |
*
* @param {Cli_Password_Line_Too_LongInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_password_line_too_long = /** @type {((inputs?: Cli_Password_Line_Too_LongInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Password_Line_Too_LongInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_password_line_too_long(inputs)
	if (locale === "fr") return __fr.cli_password_line_too_long(inputs)
	return __en.cli_password_line_too_long(inputs)
});
/**
* | output |
* | --- |
* | "Passwords are read from standard input (--password-stdin: typed without echo at a terminal, else the first line) or the UCWA_PASSWORD environment variable, n..." |
*
* @param {Cli_Password_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_password_note = /** @type {((inputs?: Cli_Password_NoteInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Password_NoteInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_password_note(inputs)
	if (locale === "fr") return __fr.cli_password_note(inputs)
	return __en.cli_password_note(inputs)
});
/**
* | output |
* | --- |
* | "Password:" |
*
* @param {Cli_Password_PromptInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_password_prompt = /** @type {((inputs?: Cli_Password_PromptInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Password_PromptInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_password_prompt(inputs)
	if (locale === "fr") return __fr.cli_password_prompt(inputs)
	return __en.cli_password_prompt(inputs)
});
/**
* | output |
* | --- |
* | "the password could not be read: {reason}" |
*
* @param {Cli_Password_UnreadableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_password_unreadable = /** @type {((inputs: Cli_Password_UnreadableInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Password_UnreadableInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_password_unreadable(inputs)
	if (locale === "fr") return __fr.cli_password_unreadable(inputs)
	return __en.cli_password_unreadable(inputs)
});
/**
* | output |
* | --- |
* | "--port must be 0–65535, got \"{port}\"" |
*
* @param {Cli_Port_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_port_values = /** @type {((inputs: Cli_Port_ValuesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Port_ValuesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_port_values(inputs)
	if (locale === "fr") return __fr.cli_port_values(inputs)
	return __en.cli_port_values(inputs)
});
/**
* | output |
* | --- |
* | "read, change or reset one level" |
*
* @param {Cli_Relationship_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_relationship_summary = /** @type {((inputs?: Cli_Relationship_SummaryInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Relationship_SummaryInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_relationship_summary(inputs)
	if (locale === "fr") return __fr.cli_relationship_summary(inputs)
	return __en.cli_relationship_summary(inputs)
});
/**
* | output |
* | --- |
* | "Reset to auto-assigned: {sentence}." |
*
* @param {Cli_Reset_DoneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_reset_done = /** @type {((inputs: Cli_Reset_DoneInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Reset_DoneInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_reset_done(inputs)
	if (locale === "fr") return __fr.cli_reset_done(inputs)
	return __en.cli_reset_done(inputs)
});
/**
* | output |
* | --- |
* | "signed out" |
*
* @param {Cli_Signed_OutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_signed_out = /** @type {((inputs?: Cli_Signed_OutInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Signed_OutInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_signed_out(inputs)
	if (locale === "fr") return __fr.cli_signed_out(inputs)
	return __en.cli_signed_out(inputs)
});
/**
* | output |
* | --- |
* | "start the UCWA simulator (first line: JSON with discoverUrl, user, password)" |
*
* @param {Cli_Sim_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_sim_summary = /** @type {((inputs?: Cli_Sim_SummaryInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Sim_SummaryInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_sim_summary(inputs)
	if (locale === "fr") return __fr.cli_sim_summary(inputs)
	return __en.cli_sim_summary(inputs)
});
/**
* | output |
* | --- |
* | "the state file {path} could not be read, so nothing is compared this time; it is written again from now on" |
*
* @param {Cli_State_DamagedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_state_damaged = /** @type {((inputs: Cli_State_DamagedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_State_DamagedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_state_damaged(inputs)
	if (locale === "fr") return __fr.cli_state_damaged(inputs)
	return __en.cli_state_damaged(inputs)
});
/**
* | output |
* | --- |
* | "--state needs a file name" |
*
* @param {Cli_State_OptionInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_state_option = /** @type {((inputs?: Cli_State_OptionInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_State_OptionInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_state_option(inputs)
	if (locale === "fr") return __fr.cli_state_option(inputs)
	return __en.cli_state_option(inputs)
});
/**
* | output |
* | --- |
* | "tag contacts for status-change alerts, untag them, list who is tagged" |
*
* @param {Cli_Tag_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_tag_summary = /** @type {((inputs?: Cli_Tag_SummaryInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Tag_SummaryInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_tag_summary(inputs)
	if (locale === "fr") return __fr.cli_tag_summary(inputs)
	return __en.cli_tag_summary(inputs)
});
/**
* | output |
* | --- |
* | "--type must be json or xml" |
*
* @param {Cli_Type_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_type_values = /** @type {((inputs?: Cli_Type_ValuesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Type_ValuesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_type_values(inputs)
	if (locale === "fr") return __fr.cli_type_values(inputs)
	return __en.cli_type_values(inputs)
});
/**
* | output |
* | --- |
* | "unknown command \"{name}\"" |
*
* @param {Cli_Unknown_CommandInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_unknown_command = /** @type {((inputs: Cli_Unknown_CommandInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Unknown_CommandInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_unknown_command(inputs)
	if (locale === "fr") return __fr.cli_unknown_command(inputs)
	return __en.cli_unknown_command(inputs)
});
/**
* | output |
* | --- |
* | "usage: npm run --silent ucwa -- <command> [options]" |
*
* @param {Cli_UsageInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_usage = /** @type {((inputs?: Cli_UsageInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_UsageInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_usage(inputs)
	if (locale === "fr") return __fr.cli_usage(inputs)
	return __en.cli_usage(inputs)
});
/**
* | output |
* | --- |
* | "usage: {syntax}" |
*
* @param {Cli_Usage_LineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_usage_line = /** @type {((inputs: Cli_Usage_LineInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Usage_LineInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_usage_line(inputs)
	if (locale === "fr") return __fr.cli_usage_line(inputs)
	return __en.cli_usage_line(inputs)
});
/**
* | output |
* | --- |
* | "sign in and stream NDJSON events" |
*
* @param {Cli_Watch_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_watch_summary = /** @type {((inputs?: Cli_Watch_SummaryInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Watch_SummaryInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.cli_watch_summary(inputs)
	if (locale === "fr") return __fr.cli_watch_summary(inputs)
	return __en.cli_watch_summary(inputs)
});
/**
* | output |
* | --- |
* | "Your server does not show contact groups to apps." |
*
* @param {Contactlist_AbsentInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_absent = /** @type {((inputs?: Contactlist_AbsentInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contactlist_AbsentInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contactlist_absent(inputs)
	if (locale === "fr") return __fr.contactlist_absent(inputs)
	return __en.contactlist_absent(inputs)
});
/**
* | output |
* | --- |
* | "This person is already in that group." |
*
* @param {Contactlist_Already_In_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_already_in_group = /** @type {((inputs?: Contactlist_Already_In_GroupInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contactlist_Already_In_GroupInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contactlist_already_in_group(inputs)
	if (locale === "fr") return __fr.contactlist_already_in_group(inputs)
	return __en.contactlist_already_in_group(inputs)
});
/**
* | output |
* | --- |
* | "Delegates are set in Skype for Business or Outlook: the server offers apps no way to change them." |
*
* @param {Contactlist_Delegates_Read_OnlyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_delegates_read_only = /** @type {((inputs?: Contactlist_Delegates_Read_OnlyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contactlist_Delegates_Read_OnlyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contactlist_delegates_read_only(inputs)
	if (locale === "fr") return __fr.contactlist_delegates_read_only(inputs)
	return __en.contactlist_delegates_read_only(inputs)
});
/**
* | output |
* | --- |
* | "There is already a group with that name. Choose another name." |
*
* @param {Contactlist_Duplicate_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_duplicate_group = /** @type {((inputs?: Contactlist_Duplicate_GroupInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contactlist_Duplicate_GroupInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contactlist_duplicate_group(inputs)
	if (locale === "fr") return __fr.contactlist_duplicate_group(inputs)
	return __en.contactlist_duplicate_group(inputs)
});
/**
* | output |
* | --- |
* | "Your contact groups could not be read. They are tried again on the next change." |
*
* @param {Contactlist_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_failed = /** @type {((inputs?: Contactlist_FailedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contactlist_FailedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contactlist_failed(inputs)
	if (locale === "fr") return __fr.contactlist_failed(inputs)
	return __en.contactlist_failed(inputs)
});
/**
* | output |
* | --- |
* | "Your contact list is full: the server allows no more contacts. Remove someone first." |
*
* @param {Contactlist_FullInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_full = /** @type {((inputs?: Contactlist_FullInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contactlist_FullInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contactlist_full(inputs)
	if (locale === "fr") return __fr.contactlist_full(inputs)
	return __en.contactlist_full(inputs)
});
/**
* | output |
* | --- |
* | "The group was changed elsewhere meanwhile. It has been reloaded; try again." |
*
* @param {Contactlist_Group_ChangedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_group_changed = /** @type {((inputs?: Contactlist_Group_ChangedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contactlist_Group_ChangedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contactlist_group_changed(inputs)
	if (locale === "fr") return __fr.contactlist_group_changed(inputs)
	return __en.contactlist_group_changed(inputs)
});
/**
* | output |
* | --- |
* | "{uri} is not in {group}." |
*
* @param {Contactlist_Member_Not_In_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_member_not_in_group = /** @type {((inputs: Contactlist_Member_Not_In_GroupInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contactlist_Member_Not_In_GroupInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contactlist_member_not_in_group(inputs)
	if (locale === "fr") return __fr.contactlist_member_not_in_group(inputs)
	return __en.contactlist_member_not_in_group(inputs)
});
/**
* | output |
* | --- |
* | "Your server does not offer search to apps." |
*
* @param {Contactlist_No_SearchInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_no_search = /** @type {((inputs?: Contactlist_No_SearchInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contactlist_No_SearchInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contactlist_no_search(inputs)
	if (locale === "fr") return __fr.contactlist_no_search(inputs)
	return __en.contactlist_no_search(inputs)
});
/**
* | output |
* | --- |
* | "That group is no longer in your contact list." |
*
* @param {Contactlist_No_Such_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_no_such_group = /** @type {((inputs?: Contactlist_No_Such_GroupInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contactlist_No_Such_GroupInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contactlist_no_such_group(inputs)
	if (locale === "fr") return __fr.contactlist_no_such_group(inputs)
	return __en.contactlist_no_such_group(inputs)
});
/**
* | output |
* | --- |
* | "Only your own groups can be renamed or deleted: Favorites, Other Contacts and the groups the server keeps cannot." |
*
* @param {Contactlist_Only_Own_GroupsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_only_own_groups = /** @type {((inputs?: Contactlist_Only_Own_GroupsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contactlist_Only_Own_GroupsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contactlist_only_own_groups(inputs)
	if (locale === "fr") return __fr.contactlist_only_own_groups(inputs)
	return __en.contactlist_only_own_groups(inputs)
});
/**
* | output |
* | --- |
* | "{uri} was not found; search for them first." |
*
* @param {Contactlist_Person_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_person_not_found = /** @type {((inputs: Contactlist_Person_Not_FoundInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contactlist_Person_Not_FoundInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contactlist_person_not_found(inputs)
	if (locale === "fr") return __fr.contactlist_person_not_found(inputs)
	return __en.contactlist_person_not_found(inputs)
});
/**
* | output |
* | --- |
* | "Your server does not let apps change your contact list (it needs the unified contact store), so adding, removing and groups are not offered here." |
*
* @param {Contactlist_Read_OnlyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_read_only = /** @type {((inputs?: Contactlist_Read_OnlyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contactlist_Read_OnlyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contactlist_read_only(inputs)
	if (locale === "fr") return __fr.contactlist_read_only(inputs)
	return __en.contactlist_read_only(inputs)
});
/**
* | output |
* | --- |
* | "All levels" |
*
* @param {Contacts_All_LevelsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_all_levels = /** @type {((inputs?: Contacts_All_LevelsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_All_LevelsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contacts_all_levels(inputs)
	if (locale === "fr") return __fr.contacts_all_levels(inputs)
	return __en.contacts_all_levels(inputs)
});
/**
* | output |
* | --- |
* | "Select all" |
*
* @param {Contacts_Group_Select_AllInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_group_select_all = /** @type {((inputs?: Contacts_Group_Select_AllInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Group_Select_AllInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contacts_group_select_all(inputs)
	if (locale === "fr") return __fr.contacts_group_select_all(inputs)
	return __en.contacts_group_select_all(inputs)
});
/**
* | output |
* | --- |
* | "Select all {count} in {group}" |
*
* @param {Contacts_Group_Select_All_InInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_group_select_all_in = /** @type {((inputs: Contacts_Group_Select_All_InInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Group_Select_All_InInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contacts_group_select_all_in(inputs)
	if (locale === "fr") return __fr.contacts_group_select_all_in(inputs)
	return __en.contacts_group_select_all_in(inputs)
});
/**
* | output |
* | --- |
* | "Jump to" |
*
* @param {Contacts_JumpInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_jump = /** @type {((inputs?: Contacts_JumpInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_JumpInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contacts_jump(inputs)
	if (locale === "fr") return __fr.contacts_jump(inputs)
	return __en.contacts_jump(inputs)
});
/**
* | output |
* | --- |
* | "a group…" |
*
* @param {Contacts_Jump_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_jump_group = /** @type {((inputs?: Contacts_Jump_GroupInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Jump_GroupInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contacts_jump_group(inputs)
	if (locale === "fr") return __fr.contacts_jump_group(inputs)
	return __en.contacts_jump_group(inputs)
});
/**
* | output |
* | --- |
* | "No company" |
*
* @param {Contacts_No_CompanyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_no_company = /** @type {((inputs?: Contacts_No_CompanyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_No_CompanyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contacts_no_company(inputs)
	if (locale === "fr") return __fr.contacts_no_company(inputs)
	return __en.contacts_no_company(inputs)
});
/**
* | output |
* | --- |
* | "No contacts match." |
*
* @param {Contacts_None_MatchInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_none_match = /** @type {((inputs?: Contacts_None_MatchInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_None_MatchInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contacts_none_match(inputs)
	if (locale === "fr") return __fr.contacts_none_match(inputs)
	return __en.contacts_none_match(inputs)
});
/**
* | output |
* | --- |
* | "Select a contact to see their details and what they see about you. Ctrl+click or Shift+click to pick several and change them together; right-click a contact ..." |
*
* @param {Contacts_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_placeholder = /** @type {((inputs?: Contacts_PlaceholderInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_PlaceholderInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contacts_placeholder(inputs)
	if (locale === "fr") return __fr.contacts_placeholder(inputs)
	return __en.contacts_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "saving" |
*
* @param {Contacts_Row_SavingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_row_saving = /** @type {((inputs?: Contacts_Row_SavingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Row_SavingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contacts_row_saving(inputs)
	if (locale === "fr") return __fr.contacts_row_saving(inputs)
	return __en.contacts_row_saving(inputs)
});
/**
* | output |
* | --- |
* | "selected" |
*
* @param {Contacts_Row_SelectedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_row_selected = /** @type {((inputs?: Contacts_Row_SelectedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Row_SelectedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contacts_row_selected(inputs)
	if (locale === "fr") return __fr.contacts_row_selected(inputs)
	return __en.contacts_row_selected(inputs)
});
/**
* | output |
* | --- |
* | "Search contacts" |
*
* @param {Contacts_SearchInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_search = /** @type {((inputs?: Contacts_SearchInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_SearchInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contacts_search(inputs)
	if (locale === "fr") return __fr.contacts_search(inputs)
	return __en.contacts_search(inputs)
});
/**
* | output |
* | --- |
* | "Search by name, title, e-mail, company or department (Ctrl+F)" |
*
* @param {Contacts_Search_HintInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_search_hint = /** @type {((inputs?: Contacts_Search_HintInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Search_HintInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contacts_search_hint(inputs)
	if (locale === "fr") return __fr.contacts_search_hint(inputs)
	return __en.contacts_search_hint(inputs)
});
/**
* | output |
* | --- |
* | "Select all {n}" |
*
* @param {Contacts_Select_ShownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_select_shown = /** @type {((inputs: Contacts_Select_ShownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Select_ShownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contacts_select_shown(inputs)
	if (locale === "fr") return __fr.contacts_select_shown(inputs)
	return __en.contacts_select_shown(inputs)
});
/**
* | output |
* | --- |
* | "Show level" |
*
* @param {Contacts_Show_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_show_level = /** @type {((inputs?: Contacts_Show_LevelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Show_LevelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contacts_show_level(inputs)
	if (locale === "fr") return __fr.contacts_show_level(inputs)
	return __en.contacts_show_level(inputs)
});
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
export const contacts_shown_of = /** @type {((inputs: Contacts_Shown_OfInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Shown_OfInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contacts_shown_of(inputs)
	if (locale === "fr") return __fr.contacts_shown_of(inputs)
	return __en.contacts_shown_of(inputs)
});
/**
* | output |
* | --- |
* | "Sort" |
*
* @param {Contacts_SortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_sort = /** @type {((inputs?: Contacts_SortInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_SortInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contacts_sort(inputs)
	if (locale === "fr") return __fr.contacts_sort(inputs)
	return __en.contacts_sort(inputs)
});
/**
* | output |
* | --- |
* | "by company" |
*
* @param {Contacts_Sort_CompanyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_sort_company = /** @type {((inputs?: Contacts_Sort_CompanyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Sort_CompanyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contacts_sort_company(inputs)
	if (locale === "fr") return __fr.contacts_sort_company(inputs)
	return __en.contacts_sort_company(inputs)
});
/**
* | output |
* | --- |
* | "by last change" |
*
* @param {Contacts_Sort_Last_ChangeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_sort_last_change = /** @type {((inputs?: Contacts_Sort_Last_ChangeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Sort_Last_ChangeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contacts_sort_last_change(inputs)
	if (locale === "fr") return __fr.contacts_sort_last_change(inputs)
	return __en.contacts_sort_last_change(inputs)
});
/**
* | output |
* | --- |
* | "by level" |
*
* @param {Contacts_Sort_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_sort_level = /** @type {((inputs?: Contacts_Sort_LevelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Sort_LevelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contacts_sort_level(inputs)
	if (locale === "fr") return __fr.contacts_sort_level(inputs)
	return __en.contacts_sort_level(inputs)
});
/**
* | output |
* | --- |
* | "by name" |
*
* @param {Contacts_Sort_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_sort_name = /** @type {((inputs?: Contacts_Sort_NameInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Sort_NameInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contacts_sort_name(inputs)
	if (locale === "fr") return __fr.contacts_sort_name(inputs)
	return __en.contacts_sort_name(inputs)
});
/**
* | output |
* | --- |
* | "Contacts" |
*
* @param {Contacts_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_title = /** @type {((inputs?: Contacts_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.contacts_title(inputs)
	if (locale === "fr") return __fr.contacts_title(inputs)
	return __en.contacts_title(inputs)
});
/**
* | output |
* | --- |
* | "Block" |
*
* @param {Dialog_BlockInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const dialog_block = /** @type {((inputs?: Dialog_BlockInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dialog_BlockInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.dialog_block(inputs)
	if (locale === "fr") return __fr.dialog_block(inputs)
	return __en.dialog_block(inputs)
});
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
export const dialog_block_body = /** @type {((inputs: Dialog_Block_BodyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dialog_Block_BodyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.dialog_block_body(inputs)
	if (locale === "fr") return __fr.dialog_block_body(inputs)
	return __en.dialog_block_body(inputs)
});
/**
* | output |
* | --- |
* | "Block {who}?" |
*
* @param {Dialog_Block_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const dialog_block_title = /** @type {((inputs: Dialog_Block_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dialog_Block_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.dialog_block_title(inputs)
	if (locale === "fr") return __fr.dialog_block_title(inputs)
	return __en.dialog_block_title(inputs)
});
/**
* | output |
* | --- |
* | "Cancel" |
*
* @param {Dialog_CancelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const dialog_cancel = /** @type {((inputs?: Dialog_CancelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dialog_CancelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.dialog_cancel(inputs)
	if (locale === "fr") return __fr.dialog_cancel(inputs)
	return __en.dialog_cancel(inputs)
});
/**
* | output |
* | --- |
* | "No Skype for Business server answered for {domain}. Tried: {hosts}." |
*
* @param {Discovery_No_AnswerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const discovery_no_answer = /** @type {((inputs: Discovery_No_AnswerInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Discovery_No_AnswerInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.discovery_no_answer(inputs)
	if (locale === "fr") return __fr.discovery_no_answer(inputs)
	return __en.discovery_no_answer(inputs)
});
/**
* | output |
* | --- |
* | "Your account is locked" |
*
* @param {Err_Account_LockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_account_locked = /** @type {((inputs?: Err_Account_LockedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_Account_LockedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.err_account_locked(inputs)
	if (locale === "fr") return __fr.err_account_locked(inputs)
	return __en.err_account_locked(inputs)
});
/**
* | output |
* | --- |
* | "Enter your sign-in address as name@company.com." |
*
* @param {Err_Address_FormatInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_address_format = /** @type {((inputs?: Err_Address_FormatInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_Address_FormatInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.err_address_format(inputs)
	if (locale === "fr") return __fr.err_address_format(inputs)
	return __en.err_address_format(inputs)
});
/**
* | output |
* | --- |
* | "The server address is not one the app can use." |
*
* @param {Err_Bad_ServerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_bad_server = /** @type {((inputs?: Err_Bad_ServerInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_Bad_ServerInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.err_bad_server(inputs)
	if (locale === "fr") return __fr.err_bad_server(inputs)
	return __en.err_bad_server(inputs)
});
/**
* | output |
* | --- |
* | "Check both and try again. The sign-in address is usually your work e-mail address." |
*
* @param {Err_Check_BothInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_check_both = /** @type {((inputs?: Err_Check_BothInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_Check_BothInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.err_check_both(inputs)
	if (locale === "fr") return __fr.err_check_both(inputs)
	return __en.err_check_both(inputs)
});
/**
* | output |
* | --- |
* | "The server does not allow this" |
*
* @param {Err_ForbiddenInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_forbidden = /** @type {((inputs?: Err_ForbiddenInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_ForbiddenInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.err_forbidden(inputs)
	if (locale === "fr") return __fr.err_forbidden(inputs)
	return __en.err_forbidden(inputs)
});
/**
* | output |
* | --- |
* | "The server address is not secure" |
*
* @param {Err_Insecure_UrlInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_insecure_url = /** @type {((inputs?: Err_Insecure_UrlInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_Insecure_UrlInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.err_insecure_url(inputs)
	if (locale === "fr") return __fr.err_insecure_url(inputs)
	return __en.err_insecure_url(inputs)
});
/**
* | output |
* | --- |
* | "Please check what you entered" |
*
* @param {Err_Invalid_ArgumentInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_invalid_argument = /** @type {((inputs?: Err_Invalid_ArgumentInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_Invalid_ArgumentInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.err_invalid_argument(inputs)
	if (locale === "fr") return __fr.err_invalid_argument(inputs)
	return __en.err_invalid_argument(inputs)
});
/**
* | output |
* | --- |
* | "Wrong sign-in address or password" |
*
* @param {Err_Invalid_GrantInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_invalid_grant = /** @type {((inputs?: Err_Invalid_GrantInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_Invalid_GrantInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.err_invalid_grant(inputs)
	if (locale === "fr") return __fr.err_invalid_grant(inputs)
	return __en.err_invalid_grant(inputs)
});
/**
* | output |
* | --- |
* | "Cannot reach the server" |
*
* @param {Err_NetworkInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_network = /** @type {((inputs?: Err_NetworkInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_NetworkInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.err_network(inputs)
	if (locale === "fr") return __fr.err_network(inputs)
	return __en.err_network(inputs)
});
/**
* | output |
* | --- |
* | "The app did not answer ({reason})." |
*
* @param {Err_No_AnswerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_no_answer = /** @type {((inputs: Err_No_AnswerInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_No_AnswerInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.err_no_answer(inputs)
	if (locale === "fr") return __fr.err_no_answer(inputs)
	return __en.err_no_answer(inputs)
});
/**
* | output |
* | --- |
* | "Your password cannot be remembered on this computer" |
*
* @param {Err_No_KeyringInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_no_keyring = /** @type {((inputs?: Err_No_KeyringInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_No_KeyringInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.err_no_keyring(inputs)
	if (locale === "fr") return __fr.err_no_keyring(inputs)
	return __en.err_no_keyring(inputs)
});
/**
* | output |
* | --- |
* | "Not available right now" |
*
* @param {Err_Not_AvailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_not_available = /** @type {((inputs?: Err_Not_AvailableInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_Not_AvailableInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.err_not_available(inputs)
	if (locale === "fr") return __fr.err_not_available(inputs)
	return __en.err_not_available(inputs)
});
/**
* | output |
* | --- |
* | "You are signed out" |
*
* @param {Err_Not_Signed_InInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_not_signed_in = /** @type {((inputs?: Err_Not_Signed_InInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_Not_Signed_InInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.err_not_signed_in(inputs)
	if (locale === "fr") return __fr.err_not_signed_in(inputs)
	return __en.err_not_signed_in(inputs)
});
/**
* | output |
* | --- |
* | "The password is too long." |
*
* @param {Err_Password_Too_LongInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_password_too_long = /** @type {((inputs?: Err_Password_Too_LongInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_Password_Too_LongInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.err_password_too_long(inputs)
	if (locale === "fr") return __fr.err_password_too_long(inputs)
	return __en.err_password_too_long(inputs)
});
/**
* | output |
* | --- |
* | "Server not found" |
*
* @param {Err_Server_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_server_not_found = /** @type {((inputs?: Err_Server_Not_FoundInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_Server_Not_FoundInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.err_server_not_found(inputs)
	if (locale === "fr") return __fr.err_server_not_found(inputs)
	return __en.err_server_not_found(inputs)
});
/**
* | output |
* | --- |
* | "The server had a problem" |
*
* @param {Err_Service_FailureInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_service_failure = /** @type {((inputs?: Err_Service_FailureInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_Service_FailureInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.err_service_failure(inputs)
	if (locale === "fr") return __fr.err_service_failure(inputs)
	return __en.err_service_failure(inputs)
});
/**
* | output |
* | --- |
* | "The server did not answer in time" |
*
* @param {Err_TimeoutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_timeout = /** @type {((inputs?: Err_TimeoutInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_TimeoutInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.err_timeout(inputs)
	if (locale === "fr") return __fr.err_timeout(inputs)
	return __en.err_timeout(inputs)
});
/**
* | output |
* | --- |
* | "The server's certificate is not trusted" |
*
* @param {Err_TlsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_tls = /** @type {((inputs?: Err_TlsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_TlsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.err_tls(inputs)
	if (locale === "fr") return __fr.err_tls(inputs)
	return __en.err_tls(inputs)
});
/**
* | output |
* | --- |
* | "Something went wrong" |
*
* @param {Err_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_unknown = /** @type {((inputs?: Err_UnknownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_UnknownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.err_unknown(inputs)
	if (locale === "fr") return __fr.err_unknown(inputs)
	return __en.err_unknown(inputs)
});
/**
* | output |
* | --- |
* | "The server pointed somewhere else" |
*
* @param {Err_Untrusted_HostInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_untrusted_host = /** @type {((inputs?: Err_Untrusted_HostInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_Untrusted_HostInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.err_untrusted_host(inputs)
	if (locale === "fr") return __fr.err_untrusted_host(inputs)
	return __en.err_untrusted_host(inputs)
});
/**
* | output |
* | --- |
* | "The request was cancelled." |
*
* @param {Error_AbortedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_aborted = /** @type {((inputs?: Error_AbortedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_AbortedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_aborted(inputs)
	if (locale === "fr") return __fr.error_aborted(inputs)
	return __en.error_aborted(inputs)
});
/**
* | output |
* | --- |
* | "Your account is locked or disabled. Contact your administrator." |
*
* @param {Error_Account_LockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_account_locked = /** @type {((inputs?: Error_Account_LockedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Account_LockedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_account_locked(inputs)
	if (locale === "fr") return __fr.error_account_locked(inputs)
	return __en.error_account_locked(inputs)
});
/**
* | output |
* | --- |
* | "The server rejected the request as invalid." |
*
* @param {Error_Bad_RequestInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_bad_request = /** @type {((inputs?: Error_Bad_RequestInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Bad_RequestInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_bad_request(inputs)
	if (locale === "fr") return __fr.error_bad_request(inputs)
	return __en.error_bad_request(inputs)
});
/**
* | output |
* | --- |
* | "It was issued by a certificate authority this computer does not trust; your administrator can add it to the trusted ones." |
*
* @param {Error_Certificate_AuthorityInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_certificate_authority = /** @type {((inputs?: Error_Certificate_AuthorityInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Certificate_AuthorityInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_certificate_authority(inputs)
	if (locale === "fr") return __fr.error_certificate_authority(inputs)
	return __en.error_certificate_authority(inputs)
});
/**
* | output |
* | --- |
* | "It has expired or is not valid yet; check this computer's date and time." |
*
* @param {Error_Certificate_DateInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_certificate_date = /** @type {((inputs?: Error_Certificate_DateInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Certificate_DateInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_certificate_date(inputs)
	if (locale === "fr") return __fr.error_certificate_date(inputs)
	return __en.error_certificate_date(inputs)
});
/**
* | output |
* | --- |
* | "It was issued for a different server name." |
*
* @param {Error_Certificate_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_certificate_name = /** @type {((inputs?: Error_Certificate_NameInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Certificate_NameInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_certificate_name(inputs)
	if (locale === "fr") return __fr.error_certificate_name(inputs)
	return __en.error_certificate_name(inputs)
});
/**
* | output |
* | --- |
* | "It has been revoked." |
*
* @param {Error_Certificate_RevokedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_certificate_revoked = /** @type {((inputs?: Error_Certificate_RevokedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Certificate_RevokedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_certificate_revoked(inputs)
	if (locale === "fr") return __fr.error_certificate_revoked(inputs)
	return __en.error_certificate_revoked(inputs)
});
/**
* | output |
* | --- |
* | "The request took too long to send. Try again." |
*
* @param {Error_Client_TimeoutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_client_timeout = /** @type {((inputs?: Error_Client_TimeoutInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Client_TimeoutInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_client_timeout(inputs)
	if (locale === "fr") return __fr.error_client_timeout(inputs)
	return __en.error_client_timeout(inputs)
});
/**
* | output |
* | --- |
* | "The change conflicts with the current state on the server. Try again." |
*
* @param {Error_ConflictInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_conflict = /** @type {((inputs?: Error_ConflictInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_ConflictInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_conflict(inputs)
	if (locale === "fr") return __fr.error_conflict(inputs)
	return __en.error_conflict(inputs)
});
/**
* | output |
* | --- |
* | "This contact is not in your list." |
*
* @param {Error_Contact_Not_In_ListInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_contact_not_in_list = /** @type {((inputs?: Error_Contact_Not_In_ListInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Contact_Not_In_ListInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_contact_not_in_list(inputs)
	if (locale === "fr") return __fr.error_contact_not_in_list(inputs)
	return __en.error_contact_not_in_list(inputs)
});
/**
* | output |
* | --- |
* | "The request was too large for the server." |
*
* @param {Error_Entity_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_entity_too_large = /** @type {((inputs?: Error_Entity_Too_LargeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Entity_Too_LargeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_entity_too_large(inputs)
	if (locale === "fr") return __fr.error_entity_too_large(inputs)
	return __en.error_entity_too_large(inputs)
});
/**
* | output |
* | --- |
* | "The server could not reach Exchange. Try again later." |
*
* @param {Error_Exchange_Service_FailureInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_exchange_service_failure = /** @type {((inputs?: Error_Exchange_Service_FailureInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Exchange_Service_FailureInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_exchange_service_failure(inputs)
	if (locale === "fr") return __fr.error_exchange_service_failure(inputs)
	return __en.error_exchange_service_failure(inputs)
});
/**
* | output |
* | --- |
* | "You are not allowed to do this." |
*
* @param {Error_ForbiddenInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_forbidden = /** @type {((inputs?: Error_ForbiddenInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_ForbiddenInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_forbidden(inputs)
	if (locale === "fr") return __fr.error_forbidden(inputs)
	return __en.error_forbidden(inputs)
});
/**
* | output |
* | --- |
* | "This request did not come from UCWA Tray." |
*
* @param {Error_Foreign_SenderInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_foreign_sender = /** @type {((inputs?: Error_Foreign_SenderInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Foreign_SenderInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_foreign_sender(inputs)
	if (locale === "fr") return __fr.error_foreign_sender(inputs)
	return __en.error_foreign_sender(inputs)
});
/**
* | output |
* | --- |
* | "A server on the way did not answer in time. Try again in a moment." |
*
* @param {Error_Gateway_TimeoutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_gateway_timeout = /** @type {((inputs?: Error_Gateway_TimeoutInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Gateway_TimeoutInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_gateway_timeout(inputs)
	if (locale === "fr") return __fr.error_gateway_timeout(inputs)
	return __en.error_gateway_timeout(inputs)
});
/**
* | output |
* | --- |
* | "Your session has ended. Sign in again." |
*
* @param {Error_GoneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_gone = /** @type {((inputs?: Error_GoneInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_GoneInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_gone(inputs)
	if (locale === "fr") return __fr.error_gone(inputs)
	return __en.error_gone(inputs)
});
/**
* | output |
* | --- |
* | "The server answered with an unexpected error." |
*
* @param {Error_Http_ErrorInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_http_error = /** @type {((inputs?: Error_Http_ErrorInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Http_ErrorInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_http_error(inputs)
	if (locale === "fr") return __fr.error_http_error(inputs)
	return __en.error_http_error(inputs)
});
/**
* | output |
* | --- |
* | "The server sent an informational notice." |
*
* @param {Error_InformationalInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_informational = /** @type {((inputs?: Error_InformationalInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_InformationalInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_informational(inputs)
	if (locale === "fr") return __fr.error_informational(inputs)
	return __en.error_informational(inputs)
});
/**
* | output |
* | --- |
* | "The server address is not secure (https is required), so it was not used." |
*
* @param {Error_Insecure_UrlInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_insecure_url = /** @type {((inputs?: Error_Insecure_UrlInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Insecure_UrlInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_insecure_url(inputs)
	if (locale === "fr") return __fr.error_insecure_url(inputs)
	return __en.error_insecure_url(inputs)
});
/**
* | output |
* | --- |
* | "Something went wrong. Try again." |
*
* @param {Error_InternalInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_internal = /** @type {((inputs?: Error_InternalInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_InternalInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_internal(inputs)
	if (locale === "fr") return __fr.error_internal(inputs)
	return __en.error_internal(inputs)
});
/**
* | output |
* | --- |
* | "The user name or password is incorrect." |
*
* @param {Error_Invalid_GrantInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_invalid_grant = /** @type {((inputs?: Error_Invalid_GrantInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Invalid_GrantInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_invalid_grant(inputs)
	if (locale === "fr") return __fr.error_invalid_grant(inputs)
	return __en.error_invalid_grant(inputs)
});
/**
* | output |
* | --- |
* | "Invalid request ({detail})." |
*
* @param {Error_Invalid_RequestInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_invalid_request = /** @type {((inputs: Error_Invalid_RequestInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Invalid_RequestInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_invalid_request(inputs)
	if (locale === "fr") return __fr.error_invalid_request(inputs)
	return __en.error_invalid_request(inputs)
});
/**
* | output |
* | --- |
* | "The operation failed on this computer." |
*
* @param {Error_Local_FailureInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_local_failure = /** @type {((inputs?: Error_Local_FailureInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Local_FailureInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_local_failure(inputs)
	if (locale === "fr") return __fr.error_local_failure(inputs)
	return __en.error_local_failure(inputs)
});
/**
* | output |
* | --- |
* | "The server sent an answer that could not be understood." |
*
* @param {Error_Malformed_ResponseInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_malformed_response = /** @type {((inputs?: Error_Malformed_ResponseInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Malformed_ResponseInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_malformed_response(inputs)
	if (locale === "fr") return __fr.error_malformed_response(inputs)
	return __en.error_malformed_response(inputs)
});
/**
* | output |
* | --- |
* | "The server does not allow this operation." |
*
* @param {Error_Method_Not_AllowedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_method_not_allowed = /** @type {((inputs?: Error_Method_Not_AllowedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Method_Not_AllowedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_method_not_allowed(inputs)
	if (locale === "fr") return __fr.error_method_not_allowed(inputs)
	return __en.error_method_not_allowed(inputs)
});
/**
* | output |
* | --- |
* | "The server could not be reached. Check your network connection." |
*
* @param {Error_NetworkInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_network = /** @type {((inputs?: Error_NetworkInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_NetworkInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_network(inputs)
	if (locale === "fr") return __fr.error_network(inputs)
	return __en.error_network(inputs)
});
/**
* | output |
* | --- |
* | "The server gave no answer for this change. Try again." |
*
* @param {Error_No_Answer_For_ChangeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_no_answer_for_change = /** @type {((inputs?: Error_No_Answer_For_ChangeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_No_Answer_For_ChangeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_no_answer_for_change(inputs)
	if (locale === "fr") return __fr.error_no_answer_for_change(inputs)
	return __en.error_no_answer_for_change(inputs)
});
/**
* | output |
* | --- |
* | "The server cannot answer in the requested format." |
*
* @param {Error_Not_AcceptableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_not_acceptable = /** @type {((inputs?: Error_Not_AcceptableInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Not_AcceptableInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_not_acceptable(inputs)
	if (locale === "fr") return __fr.error_not_acceptable(inputs)
	return __en.error_not_acceptable(inputs)
});
/**
* | output |
* | --- |
* | "The server does not offer this operation for this contact." |
*
* @param {Error_Not_AvailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_not_available = /** @type {((inputs?: Error_Not_AvailableInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Not_AvailableInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_not_available(inputs)
	if (locale === "fr") return __fr.error_not_available(inputs)
	return __en.error_not_available(inputs)
});
/**
* | output |
* | --- |
* | "The item no longer exists on the server." |
*
* @param {Error_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_not_found = /** @type {((inputs?: Error_Not_FoundInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Not_FoundInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_not_found(inputs)
	if (locale === "fr") return __fr.error_not_found(inputs)
	return __en.error_not_found(inputs)
});
/**
* | output |
* | --- |
* | "Someone else changed this in the meantime. The current value has been reloaded." |
*
* @param {Error_Precondition_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_precondition_failed = /** @type {((inputs?: Error_Precondition_FailedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Precondition_FailedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_precondition_failed(inputs)
	if (locale === "fr") return __fr.error_precondition_failed(inputs)
	return __en.error_precondition_failed(inputs)
});
/**
* | output |
* | --- |
* | "The server requires the current version before a change. Reload and try again." |
*
* @param {Error_Precondition_RequiredInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_precondition_required = /** @type {((inputs?: Error_Precondition_RequiredInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Precondition_RequiredInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_precondition_required(inputs)
	if (locale === "fr") return __fr.error_precondition_required(inputs)
	return __en.error_precondition_required(inputs)
});
/**
* | output |
* | --- |
* | "The other party could not complete the operation." |
*
* @param {Error_Remote_FailureInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_remote_failure = /** @type {((inputs?: Error_Remote_FailureInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Remote_FailureInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_remote_failure(inputs)
	if (locale === "fr") return __fr.error_remote_failure(inputs)
	return __en.error_remote_failure(inputs)
});
/**
* | output |
* | --- |
* | "The server sent an answer far larger than any real one, so it was not read." |
*
* @param {Error_Response_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_response_too_large = /** @type {((inputs?: Error_Response_Too_LargeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Response_Too_LargeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_response_too_large(inputs)
	if (locale === "fr") return __fr.error_response_too_large(inputs)
	return __en.error_response_too_large(inputs)
});
/**
* | output |
* | --- |
* | "No Skype for Business server was found for this address." |
*
* @param {Error_Server_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_server_not_found = /** @type {((inputs?: Error_Server_Not_FoundInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Server_Not_FoundInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_server_not_found(inputs)
	if (locale === "fr") return __fr.error_server_not_found(inputs)
	return __en.error_server_not_found(inputs)
});
/**
* | output |
* | --- |
* | "The server had an internal error. Try again later." |
*
* @param {Error_Service_FailureInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_service_failure = /** @type {((inputs?: Error_Service_FailureInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Service_FailureInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_service_failure(inputs)
	if (locale === "fr") return __fr.error_service_failure(inputs)
	return __en.error_service_failure(inputs)
});
/**
* | output |
* | --- |
* | "The server is temporarily unavailable. Try again later." |
*
* @param {Error_Service_UnavailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_service_unavailable = /** @type {((inputs?: Error_Service_UnavailableInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Service_UnavailableInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_service_unavailable(inputs)
	if (locale === "fr") return __fr.error_service_unavailable(inputs)
	return __en.error_service_unavailable(inputs)
});
/**
* | output |
* | --- |
* | "Something went wrong." |
*
* @param {Error_Something_Went_WrongInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_something_went_wrong = /** @type {((inputs?: Error_Something_Went_WrongInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Something_Went_WrongInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_something_went_wrong(inputs)
	if (locale === "fr") return __fr.error_something_went_wrong(inputs)
	return __en.error_something_went_wrong(inputs)
});
/**
* | output |
* | --- |
* | "The server took too long to answer. Try again in a moment." |
*
* @param {Error_TimeoutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_timeout = /** @type {((inputs?: Error_TimeoutInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_TimeoutInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_timeout(inputs)
	if (locale === "fr") return __fr.error_timeout(inputs)
	return __en.error_timeout(inputs)
});
/**
* | output |
* | --- |
* | "The server's security certificate could not be verified, so the connection was not made." |
*
* @param {Error_TlsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_tls = /** @type {((inputs?: Error_TlsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_TlsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_tls(inputs)
	if (locale === "fr") return __fr.error_tls(inputs)
	return __en.error_tls(inputs)
});
/**
* | output |
* | --- |
* | "You are signed in on too many devices. Sign out somewhere else and try again." |
*
* @param {Error_Too_Many_ApplicationsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_too_many_applications = /** @type {((inputs?: Error_Too_Many_ApplicationsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Too_Many_ApplicationsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_too_many_applications(inputs)
	if (locale === "fr") return __fr.error_too_many_applications(inputs)
	return __en.error_too_many_applications(inputs)
});
/**
* | output |
* | --- |
* | "The server is busy. Try again in a moment." |
*
* @param {Error_Too_Many_RequestsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_too_many_requests = /** @type {((inputs?: Error_Too_Many_RequestsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Too_Many_RequestsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_too_many_requests(inputs)
	if (locale === "fr") return __fr.error_too_many_requests(inputs)
	return __en.error_too_many_requests(inputs)
});
/**
* | output |
* | --- |
* | "The server did not accept your sign-in. Sign in again." |
*
* @param {Error_UnauthorizedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_unauthorized = /** @type {((inputs?: Error_UnauthorizedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_UnauthorizedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_unauthorized(inputs)
	if (locale === "fr") return __fr.error_unauthorized(inputs)
	return __en.error_unauthorized(inputs)
});
/**
* | output |
* | --- |
* | "Unknown request." |
*
* @param {Error_Unknown_RequestInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_unknown_request = /** @type {((inputs?: Error_Unknown_RequestInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Unknown_RequestInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_unknown_request(inputs)
	if (locale === "fr") return __fr.error_unknown_request(inputs)
	return __en.error_unknown_request(inputs)
});
/**
* | output |
* | --- |
* | "The server did not accept the format of the request." |
*
* @param {Error_Unsupported_Media_TypeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_unsupported_media_type = /** @type {((inputs?: Error_Unsupported_Media_TypeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Unsupported_Media_TypeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.error_unsupported_media_type(inputs)
	if (locale === "fr") return __fr.error_unsupported_media_type(inputs)
	return __en.error_unsupported_media_type(inputs)
});
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
export const feedback_and_more = /** @type {((inputs: Feedback_And_MoreInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Feedback_And_MoreInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.feedback_and_more(inputs)
	if (locale === "fr") return __fr.feedback_and_more(inputs)
	return __en.feedback_and_more(inputs)
});
/**
* | output |
* | --- |
* | "Dismiss" |
*
* @param {Feedback_DismissInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const feedback_dismiss = /** @type {((inputs?: Feedback_DismissInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Feedback_DismissInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.feedback_dismiss(inputs)
	if (locale === "fr") return __fr.feedback_dismiss(inputs)
	return __en.feedback_dismiss(inputs)
});
/**
* | output |
* | --- |
* | "Who was not changed" |
*
* @param {Feedback_Not_ChangedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const feedback_not_changed = /** @type {((inputs?: Feedback_Not_ChangedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Feedback_Not_ChangedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.feedback_not_changed(inputs)
	if (locale === "fr") return __fr.feedback_not_changed(inputs)
	return __en.feedback_not_changed(inputs)
});
/**
* | output |
* | --- |
* | "Show" |
*
* @param {Feedback_ShowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const feedback_show = /** @type {((inputs?: Feedback_ShowInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Feedback_ShowInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.feedback_show(inputs)
	if (locale === "fr") return __fr.feedback_show(inputs)
	return __en.feedback_show(inputs)
});
/**
* | output |
* | --- |
* | "Undo" |
*
* @param {Feedback_UndoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const feedback_undo = /** @type {((inputs?: Feedback_UndoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Feedback_UndoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.feedback_undo(inputs)
	if (locale === "fr") return __fr.feedback_undo(inputs)
	return __en.feedback_undo(inputs)
});
/**
* | output |
* | --- |
* | "between {from} and {to}" |
*
* @param {Format_BetweenInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_between = /** @type {((inputs: Format_BetweenInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_BetweenInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.format_between(inputs)
	if (locale === "fr") return __fr.format_between(inputs)
	return __en.format_between(inputs)
});
/**
* | output |
* | --- |
* | "changed {between}" |
*
* @param {Format_Changed_BetweenInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_changed_between = /** @type {((inputs: Format_Changed_BetweenInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Changed_BetweenInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.format_changed_between(inputs)
	if (locale === "fr") return __fr.format_changed_between(inputs)
	return __en.format_changed_between(inputs)
});
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
export const format_contacts = /** @type {((inputs: Format_ContactsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_ContactsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.format_contacts(inputs)
	if (locale === "fr") return __fr.format_contacts(inputs)
	return __en.format_contacts(inputs)
});
/**
* | output |
* | --- |
* | "in {n} min" |
*
* @param {Format_Countdown_MinutesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_countdown_minutes = /** @type {((inputs: Format_Countdown_MinutesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Countdown_MinutesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.format_countdown_minutes(inputs)
	if (locale === "fr") return __fr.format_countdown_minutes(inputs)
	return __en.format_countdown_minutes(inputs)
});
/**
* | output |
* | --- |
* | "now" |
*
* @param {Format_Countdown_NowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_countdown_now = /** @type {((inputs?: Format_Countdown_NowInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Countdown_NowInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.format_countdown_now(inputs)
	if (locale === "fr") return __fr.format_countdown_now(inputs)
	return __en.format_countdown_now(inputs)
});
/**
* | output |
* | --- |
* | "in {n} s" |
*
* @param {Format_Countdown_SecondsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_countdown_seconds = /** @type {((inputs: Format_Countdown_SecondsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Countdown_SecondsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.format_countdown_seconds(inputs)
	if (locale === "fr") return __fr.format_countdown_seconds(inputs)
	return __en.format_countdown_seconds(inputs)
});
/**
* | output |
* | --- |
* | "{n} h ago" |
*
* @param {Format_Hours_AgoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_hours_ago = /** @type {((inputs: Format_Hours_AgoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Hours_AgoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.format_hours_ago(inputs)
	if (locale === "fr") return __fr.format_hours_ago(inputs)
	return __en.format_hours_ago(inputs)
});
/**
* | output |
* | --- |
* | "just now" |
*
* @param {Format_Just_NowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_just_now = /** @type {((inputs?: Format_Just_NowInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Just_NowInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.format_just_now(inputs)
	if (locale === "fr") return __fr.format_just_now(inputs)
	return __en.format_just_now(inputs)
});
/**
* | output |
* | --- |
* | "{n} min ago" |
*
* @param {Format_Minutes_AgoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_minutes_ago = /** @type {((inputs: Format_Minutes_AgoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Minutes_AgoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.format_minutes_ago(inputs)
	if (locale === "fr") return __fr.format_minutes_ago(inputs)
	return __en.format_minutes_ago(inputs)
});
/**
* | output |
* | --- |
* | "Audio calls" |
*
* @param {Format_Modality_AudioInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_modality_audio = /** @type {((inputs?: Format_Modality_AudioInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Modality_AudioInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.format_modality_audio(inputs)
	if (locale === "fr") return __fr.format_modality_audio(inputs)
	return __en.format_modality_audio(inputs)
});
/**
* | output |
* | --- |
* | "Instant messages" |
*
* @param {Format_Modality_MessagingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_modality_messaging = /** @type {((inputs?: Format_Modality_MessagingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Modality_MessagingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.format_modality_messaging(inputs)
	if (locale === "fr") return __fr.format_modality_messaging(inputs)
	return __en.format_modality_messaging(inputs)
});
/**
* | output |
* | --- |
* | "Phone calls" |
*
* @param {Format_Modality_Phone_AudioInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_modality_phone_audio = /** @type {((inputs?: Format_Modality_Phone_AudioInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Modality_Phone_AudioInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.format_modality_phone_audio(inputs)
	if (locale === "fr") return __fr.format_modality_phone_audio(inputs)
	return __en.format_modality_phone_audio(inputs)
});
/**
* | output |
* | --- |
* | "Video" |
*
* @param {Format_Modality_VideoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_modality_video = /** @type {((inputs?: Format_Modality_VideoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Modality_VideoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.format_modality_video(inputs)
	if (locale === "fr") return __fr.format_modality_video(inputs)
	return __en.format_modality_video(inputs)
});
/**
* | output |
* | --- |
* | "Federated (another organisation)" |
*
* @param {Format_Source_FederatedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_source_federated = /** @type {((inputs?: Format_Source_FederatedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Source_FederatedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.format_source_federated(inputs)
	if (locale === "fr") return __fr.format_source_federated(inputs)
	return __en.format_source_federated(inputs)
});
/**
* | output |
* | --- |
* | "Public IM network" |
*
* @param {Format_Source_Public_CloudInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_source_public_cloud = /** @type {((inputs?: Format_Source_Public_CloudInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Source_Public_CloudInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.format_source_public_cloud(inputs)
	if (locale === "fr") return __fr.format_source_public_cloud(inputs)
	return __en.format_source_public_cloud(inputs)
});
/**
* | output |
* | --- |
* | "Your organisation" |
*
* @param {Format_Source_Same_EnterpriseInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_source_same_enterprise = /** @type {((inputs?: Format_Source_Same_EnterpriseInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Source_Same_EnterpriseInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.format_source_same_enterprise(inputs)
	if (locale === "fr") return __fr.format_source_same_enterprise(inputs)
	return __en.format_source_same_enterprise(inputs)
});
/**
* | output |
* | --- |
* | "Signing in" |
*
* @param {Format_Step_AuthenticatingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_step_authenticating = /** @type {((inputs?: Format_Step_AuthenticatingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Step_AuthenticatingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.format_step_authenticating(inputs)
	if (locale === "fr") return __fr.format_step_authenticating(inputs)
	return __en.format_step_authenticating(inputs)
});
/**
* | output |
* | --- |
* | "Opening a session" |
*
* @param {Format_Step_Creating_ApplicationInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_step_creating_application = /** @type {((inputs?: Format_Step_Creating_ApplicationInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Step_Creating_ApplicationInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.format_step_creating_application(inputs)
	if (locale === "fr") return __fr.format_step_creating_application(inputs)
	return __en.format_step_creating_application(inputs)
});
/**
* | output |
* | --- |
* | "Finding the server" |
*
* @param {Format_Step_DiscoveringInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_step_discovering = /** @type {((inputs?: Format_Step_DiscoveringInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Step_DiscoveringInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.format_step_discovering(inputs)
	if (locale === "fr") return __fr.format_step_discovering(inputs)
	return __en.format_step_discovering(inputs)
});
/**
* | output |
* | --- |
* | "Loading contacts" |
*
* @param {Format_Step_Loading_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_step_loading_contacts = /** @type {((inputs?: Format_Step_Loading_ContactsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Step_Loading_ContactsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.format_step_loading_contacts(inputs)
	if (locale === "fr") return __fr.format_step_loading_contacts(inputs)
	return __en.format_step_loading_contacts(inputs)
});
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
export const format_step_loading_count = /** @type {((inputs: Format_Step_Loading_CountInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Step_Loading_CountInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.format_step_loading_count(inputs)
	if (locale === "fr") return __fr.format_step_loading_count(inputs)
	return __en.format_step_loading_count(inputs)
});
/**
* | output |
* | --- |
* | "yesterday" |
*
* @param {Format_YesterdayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_yesterday = /** @type {((inputs?: Format_YesterdayInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_YesterdayInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.format_yesterday(inputs)
	if (locale === "fr") return __fr.format_yesterday(inputs)
	return __en.format_yesterday(inputs)
});
/**
* | output |
* | --- |
* | "Add {name}" |
*
* @param {Groups_AddInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_add = /** @type {((inputs: Groups_AddInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_AddInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_add(inputs)
	if (locale === "fr") return __fr.groups_add(inputs)
	return __en.groups_add(inputs)
});
/**
* | output |
* | --- |
* | "Add to" |
*
* @param {Groups_Add_ToInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_add_to = /** @type {((inputs?: Groups_Add_ToInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Add_ToInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_add_to(inputs)
	if (locale === "fr") return __fr.groups_add_to(inputs)
	return __en.groups_add_to(inputs)
});
/**
* | output |
* | --- |
* | "Create group" |
*
* @param {Groups_CreateInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_create = /** @type {((inputs?: Groups_CreateInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_CreateInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_create(inputs)
	if (locale === "fr") return __fr.groups_create(inputs)
	return __en.groups_create(inputs)
});
/**
* | output |
* | --- |
* | "Set in Skype for Business: the server offers apps no way to change them." |
*
* @param {Groups_Delegates_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_delegates_note = /** @type {((inputs?: Groups_Delegates_NoteInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Delegates_NoteInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_delegates_note(inputs)
	if (locale === "fr") return __fr.groups_delegates_note(inputs)
	return __en.groups_delegates_note(inputs)
});
/**
* | output |
* | --- |
* | "Delegates" |
*
* @param {Groups_Delegates_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_delegates_title = /** @type {((inputs?: Groups_Delegates_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Delegates_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_delegates_title(inputs)
	if (locale === "fr") return __fr.groups_delegates_title(inputs)
	return __en.groups_delegates_title(inputs)
});
/**
* | output |
* | --- |
* | "Delete {name}" |
*
* @param {Groups_DeleteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_delete = /** @type {((inputs: Groups_DeleteInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_DeleteInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_delete(inputs)
	if (locale === "fr") return __fr.groups_delete(inputs)
	return __en.groups_delete(inputs)
});
/**
* | output |
* | --- |
* | "distribution group" |
*
* @param {Groups_DistributionInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_distribution = /** @type {((inputs?: Groups_DistributionInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_DistributionInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_distribution(inputs)
	if (locale === "fr") return __fr.groups_distribution(inputs)
	return __en.groups_distribution(inputs)
});
/**
* | output |
* | --- |
* | "Favorites" |
*
* @param {Groups_FavoritesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_favorites = /** @type {((inputs?: Groups_FavoritesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_FavoritesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_favorites(inputs)
	if (locale === "fr") return __fr.groups_favorites(inputs)
	return __en.groups_favorites(inputs)
});
/**
* | output |
* | --- |
* | "Find people" |
*
* @param {Groups_Find_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_find_title = /** @type {((inputs?: Groups_Find_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Find_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_find_title(inputs)
	if (locale === "fr") return __fr.groups_find_title(inputs)
	return __en.groups_find_title(inputs)
});
/**
* | output |
* | --- |
* | "In your contacts" |
*
* @param {Groups_In_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_in_contacts = /** @type {((inputs?: Groups_In_ContactsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_In_ContactsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_in_contacts(inputs)
	if (locale === "fr") return __fr.groups_in_contacts(inputs)
	return __en.groups_in_contacts(inputs)
});
/**
* | output |
* | --- |
* | "Level" |
*
* @param {Groups_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_level = /** @type {((inputs?: Groups_LevelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_LevelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_level(inputs)
	if (locale === "fr") return __fr.groups_level(inputs)
	return __en.groups_level(inputs)
});
/**
* | output |
* | --- |
* | "Your groups" |
*
* @param {Groups_List_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_list_title = /** @type {((inputs?: Groups_List_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_List_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_list_title(inputs)
	if (locale === "fr") return __fr.groups_list_title(inputs)
	return __en.groups_list_title(inputs)
});
/**
* | output |
* | --- |
* | "People I manage calls for" |
*
* @param {Groups_Managed_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_managed_for = /** @type {((inputs?: Groups_Managed_ForInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Managed_ForInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_managed_for(inputs)
	if (locale === "fr") return __fr.groups_managed_for(inputs)
	return __en.groups_managed_for(inputs)
});
/**
* | output |
* | --- |
* | "The members could not be read: {reason}" |
*
* @param {Groups_Members_UnreadInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_members_unread = /** @type {((inputs: Groups_Members_UnreadInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Members_UnreadInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_members_unread(inputs)
	if (locale === "fr") return __fr.groups_members_unread(inputs)
	return __en.groups_members_unread(inputs)
});
/**
* | output |
* | --- |
* | "More people match: type more of the name." |
*
* @param {Groups_More_ResultsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_more_results = /** @type {((inputs?: Groups_More_ResultsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_More_ResultsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_more_results(inputs)
	if (locale === "fr") return __fr.groups_more_results(inputs)
	return __en.groups_more_results(inputs)
});
/**
* | output |
* | --- |
* | "My delegates" |
*
* @param {Groups_My_DelegatesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_my_delegates = /** @type {((inputs?: Groups_My_DelegatesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_My_DelegatesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_my_delegates(inputs)
	if (locale === "fr") return __fr.groups_my_delegates(inputs)
	return __en.groups_my_delegates(inputs)
});
/**
* | output |
* | --- |
* | "My organization" |
*
* @param {Groups_My_OrganizationInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_my_organization = /** @type {((inputs?: Groups_My_OrganizationInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_My_OrganizationInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_my_organization(inputs)
	if (locale === "fr") return __fr.groups_my_organization(inputs)
	return __en.groups_my_organization(inputs)
});
/**
* | output |
* | --- |
* | "Name or e-mail" |
*
* @param {Groups_Name_Or_EmailInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_name_or_email = /** @type {((inputs?: Groups_Name_Or_EmailInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Name_Or_EmailInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_name_or_email(inputs)
	if (locale === "fr") return __fr.groups_name_or_email(inputs)
	return __en.groups_name_or_email(inputs)
});
/**
* | output |
* | --- |
* | "New group" |
*
* @param {Groups_New_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_new_group = /** @type {((inputs?: Groups_New_GroupInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_New_GroupInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_new_group(inputs)
	if (locale === "fr") return __fr.groups_new_group(inputs)
	return __en.groups_new_group(inputs)
});
/**
* | output |
* | --- |
* | "New name" |
*
* @param {Groups_New_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_new_name = /** @type {((inputs?: Groups_New_NameInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_New_NameInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_new_name(inputs)
	if (locale === "fr") return __fr.groups_new_name(inputs)
	return __en.groups_new_name(inputs)
});
/**
* | output |
* | --- |
* | "No members." |
*
* @param {Groups_No_MembersInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_no_members = /** @type {((inputs?: Groups_No_MembersInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_No_MembersInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_no_members(inputs)
	if (locale === "fr") return __fr.groups_no_members(inputs)
	return __en.groups_no_members(inputs)
});
/**
* | output |
* | --- |
* | "No one is tagged. Tag someone to be told when they become available." |
*
* @param {Groups_No_TagsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_no_tags = /** @type {((inputs?: Groups_No_TagsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_No_TagsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_no_tags(inputs)
	if (locale === "fr") return __fr.groups_no_tags(inputs)
	return __en.groups_no_tags(inputs)
});
/**
* | output |
* | --- |
* | "None" |
*
* @param {Groups_NoneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_none = /** @type {((inputs?: Groups_NoneInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_NoneInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_none(inputs)
	if (locale === "fr") return __fr.groups_none(inputs)
	return __en.groups_none(inputs)
});
/**
* | output |
* | --- |
* | "Other Contacts" |
*
* @param {Groups_Other_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_other_contacts = /** @type {((inputs?: Groups_Other_ContactsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Other_ContactsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_other_contacts(inputs)
	if (locale === "fr") return __fr.groups_other_contacts(inputs)
	return __en.groups_other_contacts(inputs)
});
/**
* | output |
* | --- |
* | "Reading the members…" |
*
* @param {Groups_Reading_MembersInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_reading_members = /** @type {((inputs?: Groups_Reading_MembersInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Reading_MembersInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_reading_members(inputs)
	if (locale === "fr") return __fr.groups_reading_members(inputs)
	return __en.groups_reading_members(inputs)
});
/**
* | output |
* | --- |
* | "Remove from {group}" |
*
* @param {Groups_Remove_FromInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_remove_from = /** @type {((inputs: Groups_Remove_FromInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Remove_FromInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_remove_from(inputs)
	if (locale === "fr") return __fr.groups_remove_from(inputs)
	return __en.groups_remove_from(inputs)
});
/**
* | output |
* | --- |
* | "Rename {name}" |
*
* @param {Groups_RenameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_rename = /** @type {((inputs: Groups_RenameInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_RenameInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_rename(inputs)
	if (locale === "fr") return __fr.groups_rename(inputs)
	return __en.groups_rename(inputs)
});
/**
* | output |
* | --- |
* | "Save" |
*
* @param {Groups_SaveInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_save = /** @type {((inputs?: Groups_SaveInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_SaveInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_save(inputs)
	if (locale === "fr") return __fr.groups_save(inputs)
	return __en.groups_save(inputs)
});
/**
* | output |
* | --- |
* | "Search" |
*
* @param {Groups_SearchInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_search = /** @type {((inputs?: Groups_SearchInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_SearchInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_search(inputs)
	if (locale === "fr") return __fr.groups_search(inputs)
	return __en.groups_search(inputs)
});
/**
* | output |
* | --- |
* | "status not known yet" |
*
* @param {Groups_Status_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_status_unknown = /** @type {((inputs?: Groups_Status_UnknownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Status_UnknownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_status_unknown(inputs)
	if (locale === "fr") return __fr.groups_status_unknown(inputs)
	return __en.groups_status_unknown(inputs)
});
/**
* | output |
* | --- |
* | "Tag for alerts" |
*
* @param {Groups_TagInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_tag = /** @type {((inputs?: Groups_TagInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_TagInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_tag(inputs)
	if (locale === "fr") return __fr.groups_tag(inputs)
	return __en.groups_tag(inputs)
});
/**
* | output |
* | --- |
* | "Tagged for status alerts" |
*
* @param {Groups_Tags_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_tags_title = /** @type {((inputs?: Groups_Tags_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Tags_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_tags_title(inputs)
	if (locale === "fr") return __fr.groups_tags_title(inputs)
	return __en.groups_tags_title(inputs)
});
/**
* | output |
* | --- |
* | "Groups" |
*
* @param {Groups_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_title = /** @type {((inputs?: Groups_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_title(inputs)
	if (locale === "fr") return __fr.groups_title(inputs)
	return __en.groups_title(inputs)
});
/**
* | output |
* | --- |
* | "Untag" |
*
* @param {Groups_UntagInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_untag = /** @type {((inputs?: Groups_UntagInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_UntagInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.groups_untag(inputs)
	if (locale === "fr") return __fr.groups_untag(inputs)
	return __en.groups_untag(inputs)
});
/**
* | output |
* | --- |
* | "Could not read the version details: {error}" |
*
* @param {Help_About_AbsentInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_about_absent = /** @type {((inputs: Help_About_AbsentInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_About_AbsentInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_about_absent(inputs)
	if (locale === "fr") return __fr.help_about_absent(inputs)
	return __en.help_about_absent(inputs)
});
/**
* | output |
* | --- |
* | "About UCWA Tray" |
*
* @param {Help_About_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_about_title = /** @type {((inputs?: Help_About_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_About_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_about_title(inputs)
	if (locale === "fr") return __fr.help_about_title(inputs)
	return __en.help_about_title(inputs)
});
/**
* | output |
* | --- |
* | "Account" |
*
* @param {Help_AccountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_account = /** @type {((inputs?: Help_AccountInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_AccountInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_account(inputs)
	if (locale === "fr") return __fr.help_account(inputs)
	return __en.help_account(inputs)
});
/**
* | output |
* | --- |
* | "\"Auto-assign relationship\" gives a contact back the level the server assigns by itself: Colleagues for people in your organisation, External Contacts for eve..." |
*
* @param {Help_Auto_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_auto_text = /** @type {((inputs?: Help_Auto_TextInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Auto_TextInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_auto_text(inputs)
	if (locale === "fr") return __fr.help_auto_text(inputs)
	return __en.help_auto_text(inputs)
});
/**
* | output |
* | --- |
* | "Auto-assign relationship" |
*
* @param {Help_Auto_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_auto_title = /** @type {((inputs?: Help_Auto_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Auto_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_auto_title(inputs)
	if (locale === "fr") return __fr.help_auto_title(inputs)
	return __en.help_auto_title(inputs)
});
/**
* | output |
* | --- |
* | "Built on" |
*
* @param {Help_Built_OnInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_built_on = /** @type {((inputs?: Help_Built_OnInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Built_OnInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_built_on(inputs)
	if (locale === "fr") return __fr.help_built_on(inputs)
	return __en.help_built_on(inputs)
});
/**
* | output |
* | --- |
* | "Adding and removing contacts and groups needs your server's unified contact store; where the server does not offer it, those buttons are not shown. Tag someo..." |
*
* @param {Help_Contacts_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_contacts_text = /** @type {((inputs?: Help_Contacts_TextInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Contacts_TextInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_contacts_text(inputs)
	if (locale === "fr") return __fr.help_contacts_text(inputs)
	return __en.help_contacts_text(inputs)
});
/**
* | output |
* | --- |
* | "Copy diagnostics" |
*
* @param {Help_Copy_DiagnosticsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_copy_diagnostics = /** @type {((inputs?: Help_Copy_DiagnosticsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Copy_DiagnosticsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_copy_diagnostics(inputs)
	if (locale === "fr") return __fr.help_copy_diagnostics(inputs)
	return __en.help_copy_diagnostics(inputs)
});
/**
* | output |
* | --- |
* | "are the people who may answer your calls;" |
*
* @param {Help_Delegates_AreInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_delegates_are = /** @type {((inputs?: Help_Delegates_AreInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Delegates_AreInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_delegates_are(inputs)
	if (locale === "fr") return __fr.help_delegates_are(inputs)
	return __en.help_delegates_are(inputs)
});
/**
* | output |
* | --- |
* | "Delegates, groups and status alerts" |
*
* @param {Help_Delegates_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_delegates_title = /** @type {((inputs?: Help_Delegates_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Delegates_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_delegates_title(inputs)
	if (locale === "fr") return __fr.help_delegates_title(inputs)
	return __en.help_delegates_title(inputs)
});
/**
* | output |
* | --- |
* | "are those whose calls you answer. A call on behalf of one of them names them. Skype for Business sets both: the server offers apps no way to change delegates..." |
*
* @param {Help_Delegators_AreInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_delegators_are = /** @type {((inputs?: Help_Delegators_AreInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Delegators_AreInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_delegators_are(inputs)
	if (locale === "fr") return __fr.help_delegators_are(inputs)
	return __en.help_delegators_are(inputs)
});
/**
* | output |
* | --- |
* | "Diagnostics are a short report of the app's state for your support team, without passwords or tokens." |
*
* @param {Help_Diagnostics_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_diagnostics_note = /** @type {((inputs?: Help_Diagnostics_NoteInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Diagnostics_NoteInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_diagnostics_note(inputs)
	if (locale === "fr") return __fr.help_diagnostics_note(inputs)
	return __en.help_diagnostics_note(inputs)
});
/**
* | output |
* | --- |
* | ":" |
*
* @param {Help_Label_ColonInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_label_colon = /** @type {((inputs?: Help_Label_ColonInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Label_ColonInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_label_colon(inputs)
	if (locale === "fr") return __fr.help_label_colon(inputs)
	return __en.help_label_colon(inputs)
});
/**
* | output |
* | --- |
* | "Every contact has one of five relationships with you. The closer it is, the more they see. Everyone but Blocked contacts sees your name, title, e-mail, compa..." |
*
* @param {Help_Levels_IntroInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_levels_intro = /** @type {((inputs?: Help_Levels_IntroInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Levels_IntroInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_levels_intro(inputs)
	if (locale === "fr") return __fr.help_levels_intro(inputs)
	return __en.help_levels_intro(inputs)
});
/**
* | output |
* | --- |
* | "What each relationship lets people see" |
*
* @param {Help_Levels_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_levels_title = /** @type {((inputs?: Help_Levels_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Levels_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_levels_title(inputs)
	if (locale === "fr") return __fr.help_levels_title(inputs)
	return __en.help_levels_title(inputs)
});
/**
* | output |
* | --- |
* | "Loading…" |
*
* @param {Help_LoadingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_loading = /** @type {((inputs?: Help_LoadingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_LoadingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_loading(inputs)
	if (locale === "fr") return __fr.help_loading(inputs)
	return __en.help_loading(inputs)
});
/**
* | output |
* | --- |
* | "No" |
*
* @param {Help_NoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_no = /** @type {((inputs?: Help_NoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_NoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_no(inputs)
	if (locale === "fr") return __fr.help_no(inputs)
	return __en.help_no(inputs)
});
/**
* | output |
* | --- |
* | "Not signed in" |
*
* @param {Help_Not_Signed_InInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_not_signed_in = /** @type {((inputs?: Help_Not_Signed_InInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Not_Signed_InInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_not_signed_in(inputs)
	if (locale === "fr") return __fr.help_not_signed_in(inputs)
	return __en.help_not_signed_in(inputs)
});
/**
* | output |
* | --- |
* | "Protocol format" |
*
* @param {Help_Protocol_FormatInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_protocol_format = /** @type {((inputs?: Help_Protocol_FormatInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Protocol_FormatInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_protocol_format(inputs)
	if (locale === "fr") return __fr.help_protocol_format(inputs)
	return __en.help_protocol_format(inputs)
});
/**
* | output |
* | --- |
* | "(what the app asks the server for; takes effect at the next sign-in)" |
*
* @param {Help_Protocol_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_protocol_note = /** @type {((inputs?: Help_Protocol_NoteInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Protocol_NoteInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_protocol_note(inputs)
	if (locale === "fr") return __fr.help_protocol_note(inputs)
	return __en.help_protocol_note(inputs)
});
/**
* | output |
* | --- |
* | "Server" |
*
* @param {Help_ServerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_server = /** @type {((inputs?: Help_ServerInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_ServerInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_server(inputs)
	if (locale === "fr") return __fr.help_server(inputs)
	return __en.help_server(inputs)
});
/**
* | output |
* | --- |
* | "Signed in as" |
*
* @param {Help_Signed_In_AsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_signed_in_as = /** @type {((inputs?: Help_Signed_In_AsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Signed_In_AsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_signed_in_as(inputs)
	if (locale === "fr") return __fr.help_signed_in_as(inputs)
	return __en.help_signed_in_as(inputs)
});
/**
* | output |
* | --- |
* | "to the demo server on this computer." |
*
* @param {Help_Signed_In_DemoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_signed_in_demo = /** @type {((inputs?: Help_Signed_In_DemoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Signed_In_DemoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_signed_in_demo(inputs)
	if (locale === "fr") return __fr.help_signed_in_demo(inputs)
	return __en.help_signed_in_demo(inputs)
});
/**
* | output |
* | --- |
* | "on {server}." |
*
* @param {Help_Signed_In_OnInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_signed_in_on = /** @type {((inputs: Help_Signed_In_OnInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Signed_In_OnInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_signed_in_on(inputs)
	if (locale === "fr") return __fr.help_signed_in_on(inputs)
	return __en.help_signed_in_on(inputs)
});
/**
* | output |
* | --- |
* | "Signed in with" |
*
* @param {Help_Signed_In_WithInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_signed_in_with = /** @type {((inputs?: Help_Signed_In_WithInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Signed_In_WithInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_signed_in_with(inputs)
	if (locale === "fr") return __fr.help_signed_in_with(inputs)
	return __en.help_signed_in_with(inputs)
});
/**
* | output |
* | --- |
* | "Where this comes from: the UCWA reference (the protocol this app uses) and Microsoft's Lync and Skype for Business documentation. They disagree in one place:..." |
*
* @param {Help_Sources_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_sources_note = /** @type {((inputs?: Help_Sources_NoteInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Sources_NoteInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_sources_note(inputs)
	if (locale === "fr") return __fr.help_sources_note(inputs)
	return __en.help_sources_note(inputs)
});
/**
* | output |
* | --- |
* | "Your contacts and their levels stay on the server; the app keeps them in memory while it runs." |
*
* @param {Help_Stores_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_contacts = /** @type {((inputs?: Help_Stores_ContactsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_ContactsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_stores_contacts(inputs)
	if (locale === "fr") return __fr.help_stores_contacts(inputs)
	return __en.help_stores_contacts(inputs)
});
/**
* | output |
* | --- |
* | "The list of relationship changes" |
*
* @param {Help_Stores_History_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_history_name = /** @type {((inputs?: Help_Stores_History_NameInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_History_NameInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_stores_history_name(inputs)
	if (locale === "fr") return __fr.help_stores_history_name(inputs)
	return __en.help_stores_history_name(inputs)
});
/**
* | output |
* | --- |
* | "(Activity) in history.json in the same folder." |
*
* @param {Help_Stores_History_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_history_text = /** @type {((inputs?: Help_Stores_History_TextInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_History_TextInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_stores_history_text(inputs)
	if (locale === "fr") return __fr.help_stores_history_text(inputs)
	return __en.help_stores_history_text(inputs)
});
/**
* | output |
* | --- |
* | "The level each contact last had" |
*
* @param {Help_Stores_Last_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_last_name = /** @type {((inputs?: Help_Stores_Last_NameInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_Last_NameInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_stores_last_name(inputs)
	if (locale === "fr") return __fr.help_stores_last_name(inputs)
	return __en.help_stores_last_name(inputs)
});
/**
* | output |
* | --- |
* | ", so the app can tell you what changed while it was not running, in the last-known folder beside it, one file per account; removed when you sign out without ..." |
*
* @param {Help_Stores_Last_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_last_text = /** @type {((inputs?: Help_Stores_Last_TextInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_Last_TextInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_stores_last_text(inputs)
	if (locale === "fr") return __fr.help_stores_last_text(inputs)
	return __en.help_stores_last_text(inputs)
});
/**
* | output |
* | --- |
* | "A log file" |
*
* @param {Help_Stores_Log_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_log_name = /** @type {((inputs?: Help_Stores_Log_NameInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_Log_NameInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_stores_log_name(inputs)
	if (locale === "fr") return __fr.help_stores_log_name(inputs)
	return __en.help_stores_log_name(inputs)
});
/**
* | output |
* | --- |
* | "for troubleshooting in the system's log folder, without passwords or tokens." |
*
* @param {Help_Stores_Log_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_log_text = /** @type {((inputs?: Help_Stores_Log_TextInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_Log_TextInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_stores_log_text(inputs)
	if (locale === "fr") return __fr.help_stores_log_text(inputs)
	return __en.help_stores_log_text(inputs)
});
/**
* | output |
* | --- |
* | "Your password and sign-in tokens" |
*
* @param {Help_Stores_Secrets_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_secrets_name = /** @type {((inputs?: Help_Stores_Secrets_NameInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_Secrets_NameInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_stores_secrets_name(inputs)
	if (locale === "fr") return __fr.help_stores_secrets_name(inputs)
	return __en.help_stores_secrets_name(inputs)
});
/**
* | output |
* | --- |
* | "only in your system's keyring (GNOME Keyring or KWallet, Windows Credential Manager, the macOS Keychain), and the password only if you choose \"Remember my pa..." |
*
* @param {Help_Stores_Secrets_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_secrets_text = /** @type {((inputs?: Help_Stores_Secrets_TextInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_Secrets_TextInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_stores_secrets_text(inputs)
	if (locale === "fr") return __fr.help_stores_secrets_text(inputs)
	return __en.help_stores_secrets_text(inputs)
});
/**
* | output |
* | --- |
* | "Settings" |
*
* @param {Help_Stores_Settings_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_settings_name = /** @type {((inputs?: Help_Stores_Settings_NameInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_Settings_NameInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_stores_settings_name(inputs)
	if (locale === "fr") return __fr.help_stores_settings_name(inputs)
	return __en.help_stores_settings_name(inputs)
});
/**
* | output |
* | --- |
* | "(server address, sign-in address, notification and theme choices) in a file named settings.json in the app's data folder: {linux} on Linux, {windows} on Wind..." |
*
* @param {Help_Stores_Settings_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_settings_text = /** @type {((inputs: Help_Stores_Settings_TextInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_Settings_TextInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_stores_settings_text(inputs)
	if (locale === "fr") return __fr.help_stores_settings_text(inputs)
	return __en.help_stores_settings_text(inputs)
});
/**
* | output |
* | --- |
* | "Who you tagged" |
*
* @param {Help_Stores_Tags_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_tags_name = /** @type {((inputs?: Help_Stores_Tags_NameInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_Tags_NameInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_stores_tags_name(inputs)
	if (locale === "fr") return __fr.help_stores_tags_name(inputs)
	return __en.help_stores_tags_name(inputs)
});
/**
* | output |
* | --- |
* | "for status alerts in the tags folder, per account." |
*
* @param {Help_Stores_Tags_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_tags_text = /** @type {((inputs?: Help_Stores_Tags_TextInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_Tags_TextInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_stores_tags_text(inputs)
	if (locale === "fr") return __fr.help_stores_tags_text(inputs)
	return __en.help_stores_tags_text(inputs)
});
/**
* | output |
* | --- |
* | "What the app keeps, and where" |
*
* @param {Help_Stores_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_title = /** @type {((inputs?: Help_Stores_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_stores_title(inputs)
	if (locale === "fr") return __fr.help_stores_title(inputs)
	return __en.help_stores_title(inputs)
});
/**
* | output |
* | --- |
* | "Who sees each piece of your information" |
*
* @param {Help_Table_CaptionInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_table_caption = /** @type {((inputs?: Help_Table_CaptionInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Table_CaptionInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_table_caption(inputs)
	if (locale === "fr") return __fr.help_table_caption(inputs)
	return __en.help_table_caption(inputs)
});
/**
* | output |
* | --- |
* | "Information" |
*
* @param {Help_Table_InformationInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_table_information = /** @type {((inputs?: Help_Table_InformationInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Table_InformationInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_table_information(inputs)
	if (locale === "fr") return __fr.help_table_information(inputs)
	return __en.help_table_information(inputs)
});
/**
* | output |
* | --- |
* | "Help and about" |
*
* @param {Help_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_title = /** @type {((inputs?: Help_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_title(inputs)
	if (locale === "fr") return __fr.help_title(inputs)
	return __en.help_title(inputs)
});
/**
* | output |
* | --- |
* | "Troubleshooting" |
*
* @param {Help_Trouble_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_trouble_title = /** @type {((inputs?: Help_Trouble_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Trouble_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_trouble_title(inputs)
	if (locale === "fr") return __fr.help_trouble_title(inputs)
	return __en.help_trouble_title(inputs)
});
/**
* | output |
* | --- |
* | "Version" |
*
* @param {Help_VersionInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_version = /** @type {((inputs?: Help_VersionInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_VersionInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_version(inputs)
	if (locale === "fr") return __fr.help_version(inputs)
	return __en.help_version(inputs)
});
/**
* | output |
* | --- |
* | "Yes" |
*
* @param {Help_YesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_yes = /** @type {((inputs?: Help_YesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_YesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.help_yes(inputs)
	if (locale === "fr") return __fr.help_yes(inputs)
	return __en.help_yes(inputs)
});
/**
* | output |
* | --- |
* | "Answer in Skype for Business: this app does not take calls." |
*
* @param {Invite_Answer_HintInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_answer_hint = /** @type {((inputs?: Invite_Answer_HintInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Answer_HintInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_answer_hint(inputs)
	if (locale === "fr") return __fr.invite_answer_hint(inputs)
	return __en.invite_answer_hint(inputs)
});
/**
* | output |
* | --- |
* | "{caller} is calling" |
*
* @param {Invite_CallInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_call = /** @type {((inputs: Invite_CallInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_CallInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_call(inputs)
	if (locale === "fr") return __fr.invite_call(inputs)
	return __en.invite_call(inputs)
});
/**
* | output |
* | --- |
* | "{caller} is calling for {delegator}" |
*
* @param {Invite_Call_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_call_for = /** @type {((inputs: Invite_Call_ForInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Call_ForInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_call_for(inputs)
	if (locale === "fr") return __fr.invite_call_for(inputs)
	return __en.invite_call_for(inputs)
});
/**
* | output |
* | --- |
* | "{caller} is calling on behalf of {boss}" |
*
* @param {Invite_Call_On_BehalfInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_call_on_behalf = /** @type {((inputs: Invite_Call_On_BehalfInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Call_On_BehalfInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_call_on_behalf(inputs)
	if (locale === "fr") return __fr.invite_call_on_behalf(inputs)
	return __en.invite_call_on_behalf(inputs)
});
/**
* | output |
* | --- |
* | "{caller} is calling on behalf of {boss} for {delegator}" |
*
* @param {Invite_Call_On_Behalf_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_call_on_behalf_for = /** @type {((inputs: Invite_Call_On_Behalf_ForInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Call_On_Behalf_ForInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_call_on_behalf_for(inputs)
	if (locale === "fr") return __fr.invite_call_on_behalf_for(inputs)
	return __en.invite_call_on_behalf_for(inputs)
});
/**
* | output |
* | --- |
* | "{caller} wants to chat" |
*
* @param {Invite_ChatInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_chat = /** @type {((inputs: Invite_ChatInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_ChatInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_chat(inputs)
	if (locale === "fr") return __fr.invite_chat(inputs)
	return __en.invite_chat(inputs)
});
/**
* | output |
* | --- |
* | "{caller} wants to chat for {delegator}" |
*
* @param {Invite_Chat_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_chat_for = /** @type {((inputs: Invite_Chat_ForInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Chat_ForInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_chat_for(inputs)
	if (locale === "fr") return __fr.invite_chat_for(inputs)
	return __en.invite_chat_for(inputs)
});
/**
* | output |
* | --- |
* | "{caller} wants to chat on behalf of {boss}" |
*
* @param {Invite_Chat_On_BehalfInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_chat_on_behalf = /** @type {((inputs: Invite_Chat_On_BehalfInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Chat_On_BehalfInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_chat_on_behalf(inputs)
	if (locale === "fr") return __fr.invite_chat_on_behalf(inputs)
	return __en.invite_chat_on_behalf(inputs)
});
/**
* | output |
* | --- |
* | "{caller} wants to chat on behalf of {boss} for {delegator}" |
*
* @param {Invite_Chat_On_Behalf_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_chat_on_behalf_for = /** @type {((inputs: Invite_Chat_On_Behalf_ForInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Chat_On_Behalf_ForInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_chat_on_behalf_for(inputs)
	if (locale === "fr") return __fr.invite_chat_on_behalf_for(inputs)
	return __en.invite_chat_on_behalf_for(inputs)
});
/**
* | output |
* | --- |
* | "Clear ended ({n})" |
*
* @param {Invite_Clear_EndedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_clear_ended = /** @type {((inputs: Invite_Clear_EndedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Clear_EndedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_clear_ended(inputs)
	if (locale === "fr") return __fr.invite_clear_ended(inputs)
	return __en.invite_clear_ended(inputs)
});
/**
* | output |
* | --- |
* | "Dismiss: {name}" |
*
* @param {Invite_DismissInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_dismiss = /** @type {((inputs: Invite_DismissInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_DismissInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_dismiss(inputs)
	if (locale === "fr") return __fr.invite_dismiss(inputs)
	return __en.invite_dismiss(inputs)
});
/**
* | output |
* | --- |
* | "This call is for {boss}. It comes to you because {boss} made you their delegate." |
*
* @param {Invite_Explain_DelegatorInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_explain_delegator = /** @type {((inputs: Invite_Explain_DelegatorInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Explain_DelegatorInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_explain_delegator(inputs)
	if (locale === "fr") return __fr.invite_explain_delegator(inputs)
	return __en.invite_explain_delegator(inputs)
});
/**
* | output |
* | --- |
* | "{caller} is {boss}'s delegate: someone {boss} lets place and answer calls for them." |
*
* @param {Invite_Explain_On_BehalfInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_explain_on_behalf = /** @type {((inputs: Invite_Explain_On_BehalfInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Explain_On_BehalfInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_explain_on_behalf(inputs)
	if (locale === "fr") return __fr.invite_explain_on_behalf(inputs)
	return __en.invite_explain_on_behalf(inputs)
});
/**
* | output |
* | --- |
* | "Call" |
*
* @param {Invite_Kind_Audio_VideoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_kind_audio_video = /** @type {((inputs?: Invite_Kind_Audio_VideoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Kind_Audio_VideoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_kind_audio_video(inputs)
	if (locale === "fr") return __fr.invite_kind_audio_video(inputs)
	return __en.invite_kind_audio_video(inputs)
});
/**
* | output |
* | --- |
* | "Chat" |
*
* @param {Invite_Kind_MessagingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_kind_messaging = /** @type {((inputs?: Invite_Kind_MessagingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Kind_MessagingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_kind_messaging(inputs)
	if (locale === "fr") return __fr.invite_kind_messaging(inputs)
	return __en.invite_kind_messaging(inputs)
});
/**
* | output |
* | --- |
* | "Phone call" |
*
* @param {Invite_Kind_Phone_AudioInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_kind_phone_audio = /** @type {((inputs?: Invite_Kind_Phone_AudioInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Kind_Phone_AudioInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_kind_phone_audio(inputs)
	if (locale === "fr") return __fr.invite_kind_phone_audio(inputs)
	return __en.invite_kind_phone_audio(inputs)
});
/**
* | output |
* | --- |
* | "No invitations. Calls and chats you receive, including those on behalf of someone, show up here. This app shows them; you answer in Skype for Business." |
*
* @param {Invite_NoneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_none = /** @type {((inputs?: Invite_NoneInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_NoneInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_none(inputs)
	if (locale === "fr") return __fr.invite_none(inputs)
	return __en.invite_none(inputs)
});
/**
* | output |
* | --- |
* | "{role}: {name}" |
*
* @param {Invite_PartyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_party = /** @type {((inputs: Invite_PartyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_PartyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_party(inputs)
	if (locale === "fr") return __fr.invite_party(inputs)
	return __en.invite_party(inputs)
});
/**
* | output |
* | --- |
* | "Relationship: {level}" |
*
* @param {Invite_Party_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_party_level = /** @type {((inputs: Invite_Party_LevelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Party_LevelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_party_level(inputs)
	if (locale === "fr") return __fr.invite_party_level(inputs)
	return __en.invite_party_level(inputs)
});
/**
* | output |
* | --- |
* | "Not in your contacts" |
*
* @param {Invite_Party_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_party_unknown = /** @type {((inputs?: Invite_Party_UnknownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Party_UnknownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_party_unknown(inputs)
	if (locale === "fr") return __fr.invite_party_unknown(inputs)
	return __en.invite_party_unknown(inputs)
});
/**
* | output |
* | --- |
* | "Caller" |
*
* @param {Invite_Role_CallerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_role_caller = /** @type {((inputs?: Invite_Role_CallerInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Role_CallerInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_role_caller(inputs)
	if (locale === "fr") return __fr.invite_role_caller(inputs)
	return __en.invite_role_caller(inputs)
});
/**
* | output |
* | --- |
* | "For (you are their delegate)" |
*
* @param {Invite_Role_DelegatorInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_role_delegator = /** @type {((inputs?: Invite_Role_DelegatorInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Role_DelegatorInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_role_delegator(inputs)
	if (locale === "fr") return __fr.invite_role_delegator(inputs)
	return __en.invite_role_delegator(inputs)
});
/**
* | output |
* | --- |
* | "On behalf of" |
*
* @param {Invite_Role_On_Behalf_OfInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_role_on_behalf_of = /** @type {((inputs?: Invite_Role_On_Behalf_OfInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Role_On_Behalf_OfInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_role_on_behalf_of(inputs)
	if (locale === "fr") return __fr.invite_role_on_behalf_of(inputs)
	return __en.invite_role_on_behalf_of(inputs)
});
/**
* | output |
* | --- |
* | "Show contact" |
*
* @param {Invite_Show_ContactInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_show_contact = /** @type {((inputs?: Invite_Show_ContactInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Show_ContactInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_show_contact(inputs)
	if (locale === "fr") return __fr.invite_show_contact(inputs)
	return __en.invite_show_contact(inputs)
});
/**
* | output |
* | --- |
* | "Accepted" |
*
* @param {Invite_State_AcceptedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_state_accepted = /** @type {((inputs?: Invite_State_AcceptedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_State_AcceptedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_state_accepted(inputs)
	if (locale === "fr") return __fr.invite_state_accepted(inputs)
	return __en.invite_state_accepted(inputs)
});
/**
* | output |
* | --- |
* | "Answered elsewhere" |
*
* @param {Invite_State_Accepted_ElsewhereInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_state_accepted_elsewhere = /** @type {((inputs?: Invite_State_Accepted_ElsewhereInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_State_Accepted_ElsewhereInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_state_accepted_elsewhere(inputs)
	if (locale === "fr") return __fr.invite_state_accepted_elsewhere(inputs)
	return __en.invite_state_accepted_elsewhere(inputs)
});
/**
* | output |
* | --- |
* | "Cancelled" |
*
* @param {Invite_State_CancelledInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_state_cancelled = /** @type {((inputs?: Invite_State_CancelledInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_State_CancelledInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_state_cancelled(inputs)
	if (locale === "fr") return __fr.invite_state_cancelled(inputs)
	return __en.invite_state_cancelled(inputs)
});
/**
* | output |
* | --- |
* | "Declined" |
*
* @param {Invite_State_DeclinedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_state_declined = /** @type {((inputs?: Invite_State_DeclinedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_State_DeclinedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_state_declined(inputs)
	if (locale === "fr") return __fr.invite_state_declined(inputs)
	return __en.invite_state_declined(inputs)
});
/**
* | output |
* | --- |
* | "Missed" |
*
* @param {Invite_State_MissedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_state_missed = /** @type {((inputs?: Invite_State_MissedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_State_MissedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_state_missed(inputs)
	if (locale === "fr") return __fr.invite_state_missed(inputs)
	return __en.invite_state_missed(inputs)
});
/**
* | output |
* | --- |
* | "Ringing" |
*
* @param {Invite_State_RingingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_state_ringing = /** @type {((inputs?: Invite_State_RingingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_State_RingingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_state_ringing(inputs)
	if (locale === "fr") return __fr.invite_state_ringing(inputs)
	return __en.invite_state_ringing(inputs)
});
/**
* | output |
* | --- |
* | "“{subject}”" |
*
* @param {Invite_SubjectInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_subject = /** @type {((inputs: Invite_SubjectInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_SubjectInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_subject(inputs)
	if (locale === "fr") return __fr.invite_subject(inputs)
	return __en.invite_subject(inputs)
});
/**
* | output |
* | --- |
* | "Invitations" |
*
* @param {Invite_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_title = /** @type {((inputs?: Invite_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.invite_title(inputs)
	if (locale === "fr") return __fr.invite_title(inputs)
	return __en.invite_title(inputs)
});
/**
* | output |
* | --- |
* | "Blocked" |
*
* @param {Level_BlockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const level_blocked = /** @type {((inputs?: Level_BlockedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Level_BlockedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.level_blocked(inputs)
	if (locale === "fr") return __fr.level_blocked(inputs)
	return __en.level_blocked(inputs)
});
/**
* | output |
* | --- |
* | "Colleagues" |
*
* @param {Level_ColleaguesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const level_colleagues = /** @type {((inputs?: Level_ColleaguesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Level_ColleaguesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.level_colleagues(inputs)
	if (locale === "fr") return __fr.level_colleagues(inputs)
	return __en.level_colleagues(inputs)
});
/**
* | output |
* | --- |
* | "External Contacts" |
*
* @param {Level_ExternalInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const level_external = /** @type {((inputs?: Level_ExternalInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Level_ExternalInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.level_external(inputs)
	if (locale === "fr") return __fr.level_external(inputs)
	return __en.level_external(inputs)
});
/**
* | output |
* | --- |
* | "Friends and Family" |
*
* @param {Level_FriendsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const level_friends = /** @type {((inputs?: Level_FriendsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Level_FriendsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.level_friends(inputs)
	if (locale === "fr") return __fr.level_friends(inputs)
	return __en.level_friends(inputs)
});
/**
* | output |
* | --- |
* | "Unknown" |
*
* @param {Level_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const level_unknown = /** @type {((inputs?: Level_UnknownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Level_UnknownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.level_unknown(inputs)
	if (locale === "fr") return __fr.level_unknown(inputs)
	return __en.level_unknown(inputs)
});
/**
* | output |
* | --- |
* | "Workgroup" |
*
* @param {Level_WorkgroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const level_workgroup = /** @type {((inputs?: Level_WorkgroupInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Level_WorkgroupInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.level_workgroup(inputs)
	if (locale === "fr") return __fr.level_workgroup(inputs)
	return __en.level_workgroup(inputs)
});
/**
* | output |
* | --- |
* | "Actions for {name}" |
*
* @param {Menu_Actions_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_actions_for = /** @type {((inputs: Menu_Actions_ForInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Menu_Actions_ForInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.menu_actions_for(inputs)
	if (locale === "fr") return __fr.menu_actions_for(inputs)
	return __en.menu_actions_for(inputs)
});
/**
* | output |
* | --- |
* | "Already at the level auto-assignment gives ({level})." |
*
* @param {Menu_Auto_AlreadyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_auto_already = /** @type {((inputs: Menu_Auto_AlreadyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Menu_Auto_AlreadyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.menu_auto_already(inputs)
	if (locale === "fr") return __fr.menu_auto_already(inputs)
	return __en.menu_auto_already(inputs)
});
/**
* | output |
* | --- |
* | "Auto-assign relationship" |
*
* @param {Menu_Auto_AssignInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_auto_assign = /** @type {((inputs?: Menu_Auto_AssignInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Menu_Auto_AssignInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.menu_auto_assign(inputs)
	if (locale === "fr") return __fr.menu_auto_assign(inputs)
	return __en.menu_auto_assign(inputs)
});
/**
* | output |
* | --- |
* | "Back to the level the server gives automatically." |
*
* @param {Menu_Auto_BackInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_auto_back = /** @type {((inputs?: Menu_Auto_BackInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Menu_Auto_BackInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.menu_auto_back(inputs)
	if (locale === "fr") return __fr.menu_auto_back(inputs)
	return __en.menu_auto_back(inputs)
});
/**
* | output |
* | --- |
* | "Back to the level the server gives: {level}." |
*
* @param {Menu_Auto_Back_ToInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_auto_back_to = /** @type {((inputs: Menu_Auto_Back_ToInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Menu_Auto_Back_ToInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.menu_auto_back_to(inputs)
	if (locale === "fr") return __fr.menu_auto_back_to(inputs)
	return __en.menu_auto_back_to(inputs)
});
/**
* | output |
* | --- |
* | "Copied {address}" |
*
* @param {Menu_CopiedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_copied = /** @type {((inputs: Menu_CopiedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Menu_CopiedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.menu_copied(inputs)
	if (locale === "fr") return __fr.menu_copied(inputs)
	return __en.menu_copied(inputs)
});
/**
* | output |
* | --- |
* | "Copy address" |
*
* @param {Menu_Copy_AddressInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_copy_address = /** @type {((inputs?: Menu_Copy_AddressInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Menu_Copy_AddressInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.menu_copy_address(inputs)
	if (locale === "fr") return __fr.menu_copy_address(inputs)
	return __en.menu_copy_address(inputs)
});
/**
* | output |
* | --- |
* | "Could not copy to the clipboard." |
*
* @param {Menu_Copy_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_copy_failed = /** @type {((inputs?: Menu_Copy_FailedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Menu_Copy_FailedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.menu_copy_failed(inputs)
	if (locale === "fr") return __fr.menu_copy_failed(inputs)
	return __en.menu_copy_failed(inputs)
});
/**
* | output |
* | --- |
* | "Open card" |
*
* @param {Menu_Open_CardInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_open_card = /** @type {((inputs?: Menu_Open_CardInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Menu_Open_CardInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.menu_open_card(inputs)
	if (locale === "fr") return __fr.menu_open_card(inputs)
	return __en.menu_open_card(inputs)
});
/**
* | output |
* | --- |
* | "{name} was added to your contacts" |
*
* @param {Notify_AddedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_added = /** @type {((inputs: Notify_AddedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_AddedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_added(inputs)
	if (locale === "fr") return __fr.notify_added(inputs)
	return __en.notify_added(inputs)
});
/**
* | output |
* | --- |
* | "{name} is available" |
*
* @param {Notify_Alert_Available_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_alert_available_title = /** @type {((inputs: Notify_Alert_Available_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Alert_Available_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_alert_available_title(inputs)
	if (locale === "fr") return __fr.notify_alert_available_title(inputs)
	return __en.notify_alert_available_title(inputs)
});
/**
* | output |
* | --- |
* | "{name} is back" |
*
* @param {Notify_Alert_Back_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_alert_back_title = /** @type {((inputs: Notify_Alert_Back_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Alert_Back_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_alert_back_title(inputs)
	if (locale === "fr") return __fr.notify_alert_back_title(inputs)
	return __en.notify_alert_back_title(inputs)
});
/**
* | output |
* | --- |
* | "{name} is {now} now (was {was})." |
*
* @param {Notify_Alert_BodyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_alert_body = /** @type {((inputs: Notify_Alert_BodyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Alert_BodyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_alert_body(inputs)
	if (locale === "fr") return __fr.notify_alert_body(inputs)
	return __en.notify_alert_body(inputs)
});
/**
* | output |
* | --- |
* | "{name} left Do Not Disturb" |
*
* @param {Notify_Alert_Left_Dnd_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_alert_left_dnd_title = /** @type {((inputs: Notify_Alert_Left_Dnd_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Alert_Left_Dnd_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_alert_left_dnd_title(inputs)
	if (locale === "fr") return __fr.notify_alert_left_dnd_title(inputs)
	return __en.notify_alert_left_dnd_title(inputs)
});
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
export const notify_alerts_available_title = /** @type {((inputs: Notify_Alerts_Available_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Alerts_Available_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_alerts_available_title(inputs)
	if (locale === "fr") return __fr.notify_alerts_available_title(inputs)
	return __en.notify_alerts_available_title(inputs)
});
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
export const notify_alerts_back_title = /** @type {((inputs: Notify_Alerts_Back_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Alerts_Back_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_alerts_back_title(inputs)
	if (locale === "fr") return __fr.notify_alerts_back_title(inputs)
	return __en.notify_alerts_back_title(inputs)
});
/**
* | output |
* | --- |
* | "{list}." |
*
* @param {Notify_Alerts_BodyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_alerts_body = /** @type {((inputs: Notify_Alerts_BodyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Alerts_BodyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_alerts_body(inputs)
	if (locale === "fr") return __fr.notify_alerts_body(inputs)
	return __en.notify_alerts_body(inputs)
});
/**
* | output |
* | --- |
* | "{list}. Open Activity to see them all." |
*
* @param {Notify_Burst_BodyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_burst_body = /** @type {((inputs: Notify_Burst_BodyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Burst_BodyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_burst_body(inputs)
	if (locale === "fr") return __fr.notify_burst_body(inputs)
	return __en.notify_burst_body(inputs)
});
/**
* | output |
* | --- |
* | "Open Activity to see them." |
*
* @param {Notify_Burst_Body_EmptyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_burst_body_empty = /** @type {((inputs?: Notify_Burst_Body_EmptyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Burst_Body_EmptyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_burst_body_empty(inputs)
	if (locale === "fr") return __fr.notify_burst_body_empty(inputs)
	return __en.notify_burst_body_empty(inputs)
});
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
export const notify_burst_title = /** @type {((inputs: Notify_Burst_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Burst_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_burst_title(inputs)
	if (locale === "fr") return __fr.notify_burst_title(inputs)
	return __en.notify_burst_title(inputs)
});
/**
* | output |
* | --- |
* | "Call for {whom}" |
*
* @param {Notify_Call_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_call_for = /** @type {((inputs: Notify_Call_ForInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Call_ForInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_call_for(inputs)
	if (locale === "fr") return __fr.notify_call_for(inputs)
	return __en.notify_call_for(inputs)
});
/**
* | output |
* | --- |
* | "{change} (was {level})." |
*
* @param {Notify_Changed_BodyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_changed_body = /** @type {((inputs: Notify_Changed_BodyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Changed_BodyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_changed_body(inputs)
	if (locale === "fr") return __fr.notify_changed_body(inputs)
	return __en.notify_changed_body(inputs)
});
/**
* | output |
* | --- |
* | "Changed from another device" |
*
* @param {Notify_Changed_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_changed_title = /** @type {((inputs?: Notify_Changed_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Changed_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_changed_title(inputs)
	if (locale === "fr") return __fr.notify_changed_title(inputs)
	return __en.notify_changed_title(inputs)
});
/**
* | output |
* | --- |
* | "Incoming call" |
*
* @param {Notify_Incoming_CallInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_incoming_call = /** @type {((inputs?: Notify_Incoming_CallInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Incoming_CallInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_incoming_call(inputs)
	if (locale === "fr") return __fr.notify_incoming_call(inputs)
	return __en.notify_incoming_call(inputs)
});
/**
* | output |
* | --- |
* | "Incoming message" |
*
* @param {Notify_Incoming_MessageInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_incoming_message = /** @type {((inputs?: Notify_Incoming_MessageInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Incoming_MessageInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_incoming_message(inputs)
	if (locale === "fr") return __fr.notify_incoming_message(inputs)
	return __en.notify_incoming_message(inputs)
});
/**
* | output |
* | --- |
* | "{from} is calling{subject}. Answer in Skype for Business." |
*
* @param {Notify_Is_CallingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_is_calling = /** @type {((inputs: Notify_Is_CallingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Is_CallingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_is_calling(inputs)
	if (locale === "fr") return __fr.notify_is_calling(inputs)
	return __en.notify_is_calling(inputs)
});
/**
* | output |
* | --- |
* | "{from} is calling for {whom}{subject}. Answer in Skype for Business." |
*
* @param {Notify_Is_Calling_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_is_calling_for = /** @type {((inputs: Notify_Is_Calling_ForInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Is_Calling_ForInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_is_calling_for(inputs)
	if (locale === "fr") return __fr.notify_is_calling_for(inputs)
	return __en.notify_is_calling_for(inputs)
});
/**
* | output |
* | --- |
* | "{list} and {rest} more" |
*
* @param {Notify_List_And_MoreInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_list_and_more = /** @type {((inputs: Notify_List_And_MoreInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_List_And_MoreInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_list_and_more(inputs)
	if (locale === "fr") return __fr.notify_list_and_more(inputs)
	return __en.notify_list_and_more(inputs)
});
/**
* | output |
* | --- |
* | "{first} and {second}" |
*
* @param {Notify_List_TwoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_list_two = /** @type {((inputs: Notify_List_TwoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_List_TwoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_list_two(inputs)
	if (locale === "fr") return __fr.notify_list_two(inputs)
	return __en.notify_list_two(inputs)
});
/**
* | output |
* | --- |
* | "Message for {whom}" |
*
* @param {Notify_Message_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_message_for = /** @type {((inputs: Notify_Message_ForInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Message_ForInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_message_for(inputs)
	if (locale === "fr") return __fr.notify_message_for(inputs)
	return __en.notify_message_for(inputs)
});
/**
* | output |
* | --- |
* | "{name} is now blocked" |
*
* @param {Notify_Now_BlockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_now_blocked = /** @type {((inputs: Notify_Now_BlockedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Now_BlockedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_now_blocked(inputs)
	if (locale === "fr") return __fr.notify_now_blocked(inputs)
	return __en.notify_now_blocked(inputs)
});
/**
* | output |
* | --- |
* | "{name} now sees what {level} see" |
*
* @param {Notify_Now_SeesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_now_sees = /** @type {((inputs: Notify_Now_SeesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Now_SeesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_now_sees(inputs)
	if (locale === "fr") return __fr.notify_now_sees(inputs)
	return __en.notify_now_sees(inputs)
});
/**
* | output |
* | --- |
* | "The server no longer says what {name} sees" |
*
* @param {Notify_Now_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_now_unknown = /** @type {((inputs: Notify_Now_UnknownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Now_UnknownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_now_unknown(inputs)
	if (locale === "fr") return __fr.notify_now_unknown(inputs)
	return __en.notify_now_unknown(inputs)
});
/**
* | output |
* | --- |
* | "{name} was removed from your contacts" |
*
* @param {Notify_RemovedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_removed = /** @type {((inputs: Notify_RemovedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_RemovedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_removed(inputs)
	if (locale === "fr") return __fr.notify_removed(inputs)
	return __en.notify_removed(inputs)
});
/**
* | output |
* | --- |
* | "{from} sent a message{subject}. Answer in Skype for Business." |
*
* @param {Notify_Sent_MessageInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_sent_message = /** @type {((inputs: Notify_Sent_MessageInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Sent_MessageInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_sent_message(inputs)
	if (locale === "fr") return __fr.notify_sent_message(inputs)
	return __en.notify_sent_message(inputs)
});
/**
* | output |
* | --- |
* | "{from} sent a message for {whom}{subject}. Answer in Skype for Business." |
*
* @param {Notify_Sent_Message_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_sent_message_for = /** @type {((inputs: Notify_Sent_Message_ForInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Sent_Message_ForInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_sent_message_for(inputs)
	if (locale === "fr") return __fr.notify_sent_message_for(inputs)
	return __en.notify_sent_message_for(inputs)
});
/**
* | output |
* | --- |
* | "UCWA Tray signed out" |
*
* @param {Notify_Signed_Out_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_signed_out_title = /** @type {((inputs?: Notify_Signed_Out_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Signed_Out_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_signed_out_title(inputs)
	if (locale === "fr") return __fr.notify_signed_out_title(inputs)
	return __en.notify_signed_out_title(inputs)
});
/**
* | output |
* | --- |
* | "away" |
*
* @param {Notify_Status_AwayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_away = /** @type {((inputs?: Notify_Status_AwayInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Status_AwayInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_status_away(inputs)
	if (locale === "fr") return __fr.notify_status_away(inputs)
	return __en.notify_status_away(inputs)
});
/**
* | output |
* | --- |
* | "back soon" |
*
* @param {Notify_Status_Be_Right_BackInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_be_right_back = /** @type {((inputs?: Notify_Status_Be_Right_BackInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Status_Be_Right_BackInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_status_be_right_back(inputs)
	if (locale === "fr") return __fr.notify_status_be_right_back(inputs)
	return __en.notify_status_be_right_back(inputs)
});
/**
* | output |
* | --- |
* | "busy" |
*
* @param {Notify_Status_BusyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_busy = /** @type {((inputs?: Notify_Status_BusyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Status_BusyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_status_busy(inputs)
	if (locale === "fr") return __fr.notify_status_busy(inputs)
	return __en.notify_status_busy(inputs)
});
/**
* | output |
* | --- |
* | "on Do Not Disturb" |
*
* @param {Notify_Status_Do_Not_DisturbInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_do_not_disturb = /** @type {((inputs?: Notify_Status_Do_Not_DisturbInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Status_Do_Not_DisturbInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_status_do_not_disturb(inputs)
	if (locale === "fr") return __fr.notify_status_do_not_disturb(inputs)
	return __en.notify_status_do_not_disturb(inputs)
});
/**
* | output |
* | --- |
* | "busy (inactive)" |
*
* @param {Notify_Status_Idle_BusyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_idle_busy = /** @type {((inputs?: Notify_Status_Idle_BusyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Status_Idle_BusyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_status_idle_busy(inputs)
	if (locale === "fr") return __fr.notify_status_idle_busy(inputs)
	return __en.notify_status_idle_busy(inputs)
});
/**
* | output |
* | --- |
* | "available (inactive)" |
*
* @param {Notify_Status_Idle_OnlineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_idle_online = /** @type {((inputs?: Notify_Status_Idle_OnlineInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Status_Idle_OnlineInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_status_idle_online(inputs)
	if (locale === "fr") return __fr.notify_status_idle_online(inputs)
	return __en.notify_status_idle_online(inputs)
});
/**
* | output |
* | --- |
* | "offline" |
*
* @param {Notify_Status_OfflineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_offline = /** @type {((inputs?: Notify_Status_OfflineInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Status_OfflineInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_status_offline(inputs)
	if (locale === "fr") return __fr.notify_status_offline(inputs)
	return __en.notify_status_offline(inputs)
});
/**
* | output |
* | --- |
* | "available" |
*
* @param {Notify_Status_OnlineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_online = /** @type {((inputs?: Notify_Status_OnlineInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Status_OnlineInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_status_online(inputs)
	if (locale === "fr") return __fr.notify_status_online(inputs)
	return __en.notify_status_online(inputs)
});
/**
* | output |
* | --- |
* | "unknown" |
*
* @param {Notify_Status_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_unknown = /** @type {((inputs?: Notify_Status_UnknownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Status_UnknownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_status_unknown(inputs)
	if (locale === "fr") return __fr.notify_status_unknown(inputs)
	return __en.notify_status_unknown(inputs)
});
/**
* | output |
* | --- |
* | "{list}. Changed between {since} and {until}." |
*
* @param {Notify_While_Away_BodyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_while_away_body = /** @type {((inputs: Notify_While_Away_BodyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_While_Away_BodyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_while_away_body(inputs)
	if (locale === "fr") return __fr.notify_while_away_body(inputs)
	return __en.notify_while_away_body(inputs)
});
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
export const notify_while_away_title = /** @type {((inputs: Notify_While_Away_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_While_Away_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.notify_while_away_title(inputs)
	if (locale === "fr") return __fr.notify_while_away_title(inputs)
	return __en.notify_while_away_title(inputs)
});
/**
* | output |
* | --- |
* | "Signing in through your organisation's sign-in page needs a window, which the command line cannot show. Sign in with the app instead." |
*
* @param {Passive_Cli_Needs_WindowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_cli_needs_window = /** @type {((inputs?: Passive_Cli_Needs_WindowInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passive_Cli_Needs_WindowInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.passive_cli_needs_window(inputs)
	if (locale === "fr") return __fr.passive_cli_needs_window(inputs)
	return __en.passive_cli_needs_window(inputs)
});
/**
* | output |
* | --- |
* | "The sign-in page was closed." |
*
* @param {Passive_ClosedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_closed = /** @type {((inputs?: Passive_ClosedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passive_ClosedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.passive_closed(inputs)
	if (locale === "fr") return __fr.passive_closed(inputs)
	return __en.passive_closed(inputs)
});
/**
* | output |
* | --- |
* | "The sign-in page tried to open {host}, which is not a secure server. Sign-in was stopped." |
*
* @param {Passive_Navigation_RefusedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_navigation_refused = /** @type {((inputs: Passive_Navigation_RefusedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passive_Navigation_RefusedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.passive_navigation_refused(inputs)
	if (locale === "fr") return __fr.passive_navigation_refused(inputs)
	return __en.passive_navigation_refused(inputs)
});
/**
* | output |
* | --- |
* | "The sign-in page did not sign you in. Try again." |
*
* @param {Passive_Not_CompletedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_not_completed = /** @type {((inputs?: Passive_Not_CompletedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passive_Not_CompletedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.passive_not_completed(inputs)
	if (locale === "fr") return __fr.passive_not_completed(inputs)
	return __en.passive_not_completed(inputs)
});
/**
* | output |
* | --- |
* | "This server does not offer sign-in through your organisation's sign-in page." |
*
* @param {Passive_Not_OfferedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_not_offered = /** @type {((inputs?: Passive_Not_OfferedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passive_Not_OfferedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.passive_not_offered(inputs)
	if (locale === "fr") return __fr.passive_not_offered(inputs)
	return __en.passive_not_offered(inputs)
});
/**
* | output |
* | --- |
* | "This server accepts sign-in only through your organisation's sign-in page." |
*
* @param {Passive_OnlyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_only = /** @type {((inputs?: Passive_OnlyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passive_OnlyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.passive_only(inputs)
	if (locale === "fr") return __fr.passive_only(inputs)
	return __en.passive_only(inputs)
});
/**
* | output |
* | --- |
* | "The sign-in page on {host} did not accept that Windows account. Check the user name (DOMAIN\\user or name@domain) and the password." |
*
* @param {Passive_Page_Account_RefusedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_page_account_refused = /** @type {((inputs: Passive_Page_Account_RefusedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passive_Page_Account_RefusedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.passive_page_account_refused(inputs)
	if (locale === "fr") return __fr.passive_page_account_refused(inputs)
	return __en.passive_page_account_refused(inputs)
});
/**
* | output |
* | --- |
* | "The sign-in page on {host} asks for your Windows user name and password. Type them below and sign in again." |
*
* @param {Passive_Page_Needs_AccountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_page_needs_account = /** @type {((inputs: Passive_Page_Needs_AccountInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passive_Page_Needs_AccountInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.passive_page_needs_account(inputs)
	if (locale === "fr") return __fr.passive_page_needs_account(inputs)
	return __en.passive_page_needs_account(inputs)
});
/**
* | output |
* | --- |
* | "The sign-in page is not on a server you signed in to: {host}." |
*
* @param {Passive_Page_UntrustedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_page_untrusted = /** @type {((inputs: Passive_Page_UntrustedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passive_Page_UntrustedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.passive_page_untrusted(inputs)
	if (locale === "fr") return __fr.passive_page_untrusted(inputs)
	return __en.passive_page_untrusted(inputs)
});
/**
* | output |
* | --- |
* | "The sign-in page is not on a server you signed in to." |
*
* @param {Passive_Page_Untrusted_UnnamedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_page_untrusted_unnamed = /** @type {((inputs?: Passive_Page_Untrusted_UnnamedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passive_Page_Untrusted_UnnamedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.passive_page_untrusted_unnamed(inputs)
	if (locale === "fr") return __fr.passive_page_untrusted_unnamed(inputs)
	return __en.passive_page_untrusted_unnamed(inputs)
});
/**
* | output |
* | --- |
* | "Sign in again with your organisation's page." |
*
* @param {Passive_Restore_Sign_In_AgainInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_restore_sign_in_again = /** @type {((inputs?: Passive_Restore_Sign_In_AgainInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passive_Restore_Sign_In_AgainInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.passive_restore_sign_in_again(inputs)
	if (locale === "fr") return __fr.passive_restore_sign_in_again(inputs)
	return __en.passive_restore_sign_in_again(inputs)
});
/**
* | output |
* | --- |
* | "Sign in – {host}" |
*
* @param {Passive_Window_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_window_title = /** @type {((inputs: Passive_Window_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passive_Window_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.passive_window_title(inputs)
	if (locale === "fr") return __fr.passive_window_title(inputs)
	return __en.passive_window_title(inputs)
});
/**
* | output |
* | --- |
* | "true or false (1 or 0)" |
*
* @param {Policy_Expects_FlagInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_expects_flag = /** @type {((inputs?: Policy_Expects_FlagInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_Expects_FlagInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.policy_expects_flag(inputs)
	if (locale === "fr") return __fr.policy_expects_flag(inputs)
	return __en.policy_expects_flag(inputs)
});
/**
* | output |
* | --- |
* | "a list of host names or domains, such as contoso.com" |
*
* @param {Policy_Expects_HostsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_expects_hosts = /** @type {((inputs?: Policy_Expects_HostsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_Expects_HostsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.policy_expects_hosts(inputs)
	if (locale === "fr") return __fr.policy_expects_hosts(inputs)
	return __en.policy_expects_hosts(inputs)
});
/**
* | output |
* | --- |
* | "an https:// address or a server name" |
*
* @param {Policy_Expects_Server_AddressInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_expects_server_address = /** @type {((inputs?: Policy_Expects_Server_AddressInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_Expects_Server_AddressInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.policy_expects_server_address(inputs)
	if (locale === "fr") return __fr.policy_expects_server_address(inputs)
	return __en.policy_expects_server_address(inputs)
});
/**
* | output |
* | --- |
* | "a list of one or more of {methods}" |
*
* @param {Policy_Expects_Sign_In_MethodsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_expects_sign_in_methods = /** @type {((inputs: Policy_Expects_Sign_In_MethodsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_Expects_Sign_In_MethodsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.policy_expects_sign_in_methods(inputs)
	if (locale === "fr") return __fr.policy_expects_sign_in_methods(inputs)
	return __en.policy_expects_sign_in_methods(inputs)
});
/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it is not a file." |
*
* @param {Policy_File_Not_FileInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_not_file = /** @type {((inputs: Policy_File_Not_FileInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_File_Not_FileInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.policy_file_not_file(inputs)
	if (locale === "fr") return __fr.policy_file_not_file(inputs)
	return __en.policy_file_not_file(inputs)
});
/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it is not valid JSON." |
*
* @param {Policy_File_Not_JsonInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_not_json = /** @type {((inputs: Policy_File_Not_JsonInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_File_Not_JsonInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.policy_file_not_json(inputs)
	if (locale === "fr") return __fr.policy_file_not_json(inputs)
	return __en.policy_file_not_json(inputs)
});
/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it is not valid JSON: {detail}." |
*
* @param {Policy_File_Not_Json_DetailInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_not_json_detail = /** @type {((inputs: Policy_File_Not_Json_DetailInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_File_Not_Json_DetailInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.policy_file_not_json_detail(inputs)
	if (locale === "fr") return __fr.policy_file_not_json_detail(inputs)
	return __en.policy_file_not_json_detail(inputs)
});
/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it may not be read." |
*
* @param {Policy_File_Not_PermittedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_not_permitted = /** @type {((inputs: Policy_File_Not_PermittedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_File_Not_PermittedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.policy_file_not_permitted(inputs)
	if (locale === "fr") return __fr.policy_file_not_permitted(inputs)
	return __en.policy_file_not_permitted(inputs)
});
/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it is not a valid property list." |
*
* @param {Policy_File_Not_PlistInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_not_plist = /** @type {((inputs: Policy_File_Not_PlistInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_File_Not_PlistInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.policy_file_not_plist(inputs)
	if (locale === "fr") return __fr.policy_file_not_plist(inputs)
	return __en.policy_file_not_plist(inputs)
});
/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it could not be read ({code})." |
*
* @param {Policy_File_Read_ErrorInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_read_error = /** @type {((inputs: Policy_File_Read_ErrorInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_File_Read_ErrorInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.policy_file_read_error(inputs)
	if (locale === "fr") return __fr.policy_file_read_error(inputs)
	return __en.policy_file_read_error(inputs)
});
/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it is larger than {kilobytes} KB." |
*
* @param {Policy_File_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_too_large = /** @type {((inputs: Policy_File_Too_LargeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_File_Too_LargeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.policy_file_too_large(inputs)
	if (locale === "fr") return __fr.policy_file_too_large(inputs)
	return __en.policy_file_too_large(inputs)
});
/**
* | output |
* | --- |
* | "The policy {name} in {source} is ignored: it must be {expects}." |
*
* @param {Policy_Invalid_ValueInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_invalid_value = /** @type {((inputs: Policy_Invalid_ValueInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_Invalid_ValueInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.policy_invalid_value(inputs)
	if (locale === "fr") return __fr.policy_invalid_value(inputs)
	return __en.policy_invalid_value(inputs)
});
/**
* | output |
* | --- |
* | "The managed configuration could not be read: {why}" |
*
* @param {Policy_Load_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_load_failed = /** @type {((inputs: Policy_Load_FailedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_Load_FailedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.policy_load_failed(inputs)
	if (locale === "fr") return __fr.policy_load_failed(inputs)
	return __en.policy_load_failed(inputs)
});
/**
* | output |
* | --- |
* | "The policy in {source} is ignored: it is not a set of named values." |
*
* @param {Policy_Not_Named_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_not_named_values = /** @type {((inputs: Policy_Not_Named_ValuesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_Not_Named_ValuesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.policy_not_named_values(inputs)
	if (locale === "fr") return __fr.policy_not_named_values(inputs)
	return __en.policy_not_named_values(inputs)
});
/**
* | output |
* | --- |
* | "The policy in {source} could not be read: {why}" |
*
* @param {Policy_Source_UnreadableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_source_unreadable = /** @type {((inputs: Policy_Source_UnreadableInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_Source_UnreadableInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.policy_source_unreadable(inputs)
	if (locale === "fr") return __fr.policy_source_unreadable(inputs)
	return __en.policy_source_unreadable(inputs)
});
/**
* | output |
* | --- |
* | "The policy {name} in {source} is not known and is ignored." |
*
* @param {Policy_Unknown_KeyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_unknown_key = /** @type {((inputs: Policy_Unknown_KeyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_Unknown_KeyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.policy_unknown_key(inputs)
	if (locale === "fr") return __fr.policy_unknown_key(inputs)
	return __en.policy_unknown_key(inputs)
});
/**
* | output |
* | --- |
* | "Away" |
*
* @param {Presence_AwayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_away = /** @type {((inputs?: Presence_AwayInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presence_AwayInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.presence_away(inputs)
	if (locale === "fr") return __fr.presence_away(inputs)
	return __en.presence_away(inputs)
});
/**
* | output |
* | --- |
* | "Be right back" |
*
* @param {Presence_Be_Right_BackInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_be_right_back = /** @type {((inputs?: Presence_Be_Right_BackInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presence_Be_Right_BackInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.presence_be_right_back(inputs)
	if (locale === "fr") return __fr.presence_be_right_back(inputs)
	return __en.presence_be_right_back(inputs)
});
/**
* | output |
* | --- |
* | "Busy" |
*
* @param {Presence_BusyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_busy = /** @type {((inputs?: Presence_BusyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presence_BusyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.presence_busy(inputs)
	if (locale === "fr") return __fr.presence_busy(inputs)
	return __en.presence_busy(inputs)
});
/**
* | output |
* | --- |
* | "Do not disturb" |
*
* @param {Presence_Do_Not_DisturbInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_do_not_disturb = /** @type {((inputs?: Presence_Do_Not_DisturbInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presence_Do_Not_DisturbInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.presence_do_not_disturb(inputs)
	if (locale === "fr") return __fr.presence_do_not_disturb(inputs)
	return __en.presence_do_not_disturb(inputs)
});
/**
* | output |
* | --- |
* | "Busy (inactive)" |
*
* @param {Presence_Idle_BusyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_idle_busy = /** @type {((inputs?: Presence_Idle_BusyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presence_Idle_BusyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.presence_idle_busy(inputs)
	if (locale === "fr") return __fr.presence_idle_busy(inputs)
	return __en.presence_idle_busy(inputs)
});
/**
* | output |
* | --- |
* | "Inactive" |
*
* @param {Presence_Idle_OnlineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_idle_online = /** @type {((inputs?: Presence_Idle_OnlineInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presence_Idle_OnlineInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.presence_idle_online(inputs)
	if (locale === "fr") return __fr.presence_idle_online(inputs)
	return __en.presence_idle_online(inputs)
});
/**
* | output |
* | --- |
* | "Offline" |
*
* @param {Presence_OfflineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_offline = /** @type {((inputs?: Presence_OfflineInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presence_OfflineInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.presence_offline(inputs)
	if (locale === "fr") return __fr.presence_offline(inputs)
	return __en.presence_offline(inputs)
});
/**
* | output |
* | --- |
* | "Available" |
*
* @param {Presence_OnlineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_online = /** @type {((inputs?: Presence_OnlineInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presence_OnlineInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.presence_online(inputs)
	if (locale === "fr") return __fr.presence_online(inputs)
	return __en.presence_online(inputs)
});
/**
* | output |
* | --- |
* | "Presence unknown" |
*
* @param {Presence_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_unknown = /** @type {((inputs?: Presence_UnknownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presence_UnknownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.presence_unknown(inputs)
	if (locale === "fr") return __fr.presence_unknown(inputs)
	return __en.presence_unknown(inputs)
});
/**
* | output |
* | --- |
* | "Auto-assign ({level}) anyway" |
*
* @param {Privacy_Auto_AnywayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_auto_anyway = /** @type {((inputs: Privacy_Auto_AnywayInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Auto_AnywayInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.privacy_auto_anyway(inputs)
	if (locale === "fr") return __fr.privacy_auto_anyway(inputs)
	return __en.privacy_auto_anyway(inputs)
});
/**
* | output |
* | --- |
* | "Could not change {name} to {level}: {reason} {name} is still {current}." |
*
* @param {Privacy_Change_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_change_failed = /** @type {((inputs: Privacy_Change_FailedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Change_FailedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.privacy_change_failed(inputs)
	if (locale === "fr") return __fr.privacy_change_failed(inputs)
	return __en.privacy_change_failed(inputs)
});
/**
* | output |
* | --- |
* | "Change level" |
*
* @param {Privacy_Change_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_change_level = /** @type {((inputs?: Privacy_Change_LevelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Change_LevelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.privacy_change_level(inputs)
	if (locale === "fr") return __fr.privacy_change_level(inputs)
	return __en.privacy_change_level(inputs)
});
/**
* | output |
* | --- |
* | "Changed from another device meanwhile: {change}." |
*
* @param {Privacy_ConflictInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_conflict = /** @type {((inputs: Privacy_ConflictInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_ConflictInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.privacy_conflict(inputs)
	if (locale === "fr") return __fr.privacy_conflict(inputs)
	return __en.privacy_conflict(inputs)
});
/**
* | output |
* | --- |
* | "Dismiss" |
*
* @param {Privacy_DismissInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_dismiss = /** @type {((inputs?: Privacy_DismissInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_DismissInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.privacy_dismiss(inputs)
	if (locale === "fr") return __fr.privacy_dismiss(inputs)
	return __en.privacy_dismiss(inputs)
});
/**
* | output |
* | --- |
* | "Keep {level}" |
*
* @param {Privacy_KeepInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_keep = /** @type {((inputs: Privacy_KeepInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_KeepInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.privacy_keep(inputs)
	if (locale === "fr") return __fr.privacy_keep(inputs)
	return __en.privacy_keep(inputs)
});
/**
* | output |
* | --- |
* | "Relationship level for {name}" |
*
* @param {Privacy_Menu_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_menu_label = /** @type {((inputs: Privacy_Menu_LabelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Menu_LabelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.privacy_menu_label(inputs)
	if (locale === "fr") return __fr.privacy_menu_label(inputs)
	return __en.privacy_menu_label(inputs)
});
/**
* | output |
* | --- |
* | "You can change it again once connected." |
*
* @param {Privacy_OfflineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_offline = /** @type {((inputs?: Privacy_OfflineInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_OfflineInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.privacy_offline(inputs)
	if (locale === "fr") return __fr.privacy_offline(inputs)
	return __en.privacy_offline(inputs)
});
/**
* | output |
* | --- |
* | "The server does not let you change this relationship." |
*
* @param {Privacy_Read_OnlyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_read_only = /** @type {((inputs?: Privacy_Read_OnlyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Read_OnlyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.privacy_read_only(inputs)
	if (locale === "fr") return __fr.privacy_read_only(inputs)
	return __en.privacy_read_only(inputs)
});
/**
* | output |
* | --- |
* | "· same as auto-assigned" |
*
* @param {Privacy_Same_As_AutoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_same_as_auto = /** @type {((inputs?: Privacy_Same_As_AutoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Same_As_AutoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.privacy_same_as_auto(inputs)
	if (locale === "fr") return __fr.privacy_same_as_auto(inputs)
	return __en.privacy_same_as_auto(inputs)
});
/**
* | output |
* | --- |
* | "— saving…" |
*
* @param {Privacy_SavingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_saving = /** @type {((inputs?: Privacy_SavingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_SavingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.privacy_saving(inputs)
	if (locale === "fr") return __fr.privacy_saving(inputs)
	return __en.privacy_saving(inputs)
});
/**
* | output |
* | --- |
* | "Sees only your name and e-mail address, and cannot reach you." |
*
* @param {Privacy_Sees_Line_BlockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_line_blocked = /** @type {((inputs?: Privacy_Sees_Line_BlockedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Sees_Line_BlockedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.privacy_sees_line_blocked(inputs)
	if (locale === "fr") return __fr.privacy_sees_line_blocked(inputs)
	return __en.privacy_sees_line_blocked(inputs)
});
/**
* | output |
* | --- |
* | "Sees your contact card, presence, note, location and free/busy." |
*
* @param {Privacy_Sees_Line_ColleaguesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_line_colleagues = /** @type {((inputs?: Privacy_Sees_Line_ColleaguesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Sees_Line_ColleaguesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.privacy_sees_line_colleagues(inputs)
	if (locale === "fr") return __fr.privacy_sees_line_colleagues(inputs)
	return __en.privacy_sees_line_colleagues(inputs)
});
/**
* | output |
* | --- |
* | "Sees your contact card and presence." |
*
* @param {Privacy_Sees_Line_ExternalInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_line_external = /** @type {((inputs?: Privacy_Sees_Line_ExternalInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Sees_Line_ExternalInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.privacy_sees_line_external(inputs)
	if (locale === "fr") return __fr.privacy_sees_line_external(inputs)
	return __en.privacy_sees_line_external(inputs)
});
/**
* | output |
* | --- |
* | "Sees your contact card, presence, note, location, free/busy, meeting subjects, mobile phone, home phone and other phone." |
*
* @param {Privacy_Sees_Line_FriendsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_line_friends = /** @type {((inputs?: Privacy_Sees_Line_FriendsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Sees_Line_FriendsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.privacy_sees_line_friends(inputs)
	if (locale === "fr") return __fr.privacy_sees_line_friends(inputs)
	return __en.privacy_sees_line_friends(inputs)
});
/**
* | output |
* | --- |
* | "Sees your contact card, presence, note, location, free/busy, meeting subjects, meeting locations and mobile phone. Can reach you on Do Not Disturb." |
*
* @param {Privacy_Sees_Line_WorkgroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_line_workgroup = /** @type {((inputs?: Privacy_Sees_Line_WorkgroupInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Sees_Line_WorkgroupInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.privacy_sees_line_workgroup(inputs)
	if (locale === "fr") return __fr.privacy_sees_line_workgroup(inputs)
	return __en.privacy_sees_line_workgroup(inputs)
});
/**
* | output |
* | --- |
* | "Only your name and e-mail address; cannot reach you." |
*
* @param {Privacy_Sees_Short_BlockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_short_blocked = /** @type {((inputs?: Privacy_Sees_Short_BlockedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Sees_Short_BlockedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.privacy_sees_short_blocked(inputs)
	if (locale === "fr") return __fr.privacy_sees_short_blocked(inputs)
	return __en.privacy_sees_short_blocked(inputs)
});
/**
* | output |
* | --- |
* | "Presence, note, location and free/busy." |
*
* @param {Privacy_Sees_Short_ColleaguesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_short_colleagues = /** @type {((inputs?: Privacy_Sees_Short_ColleaguesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Sees_Short_ColleaguesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.privacy_sees_short_colleagues(inputs)
	if (locale === "fr") return __fr.privacy_sees_short_colleagues(inputs)
	return __en.privacy_sees_short_colleagues(inputs)
});
/**
* | output |
* | --- |
* | "Your contact card and presence." |
*
* @param {Privacy_Sees_Short_ExternalInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_short_external = /** @type {((inputs?: Privacy_Sees_Short_ExternalInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Sees_Short_ExternalInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.privacy_sees_short_external(inputs)
	if (locale === "fr") return __fr.privacy_sees_short_external(inputs)
	return __en.privacy_sees_short_external(inputs)
});
/**
* | output |
* | --- |
* | "Presence, note, location, free/busy, meeting subjects, mobile phone, home phone and other phone." |
*
* @param {Privacy_Sees_Short_FriendsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_short_friends = /** @type {((inputs?: Privacy_Sees_Short_FriendsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Sees_Short_FriendsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.privacy_sees_short_friends(inputs)
	if (locale === "fr") return __fr.privacy_sees_short_friends(inputs)
	return __en.privacy_sees_short_friends(inputs)
});
/**
* | output |
* | --- |
* | "Presence, note, location, free/busy, meeting subjects, meeting locations and mobile phone. Can reach you on Do Not Disturb." |
*
* @param {Privacy_Sees_Short_WorkgroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_short_workgroup = /** @type {((inputs?: Privacy_Sees_Short_WorkgroupInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Sees_Short_WorkgroupInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.privacy_sees_short_workgroup(inputs)
	if (locale === "fr") return __fr.privacy_sees_short_workgroup(inputs)
	return __en.privacy_sees_short_workgroup(inputs)
});
/**
* | output |
* | --- |
* | "The server did not say which level applies." |
*
* @param {Privacy_Sees_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_unknown = /** @type {((inputs?: Privacy_Sees_UnknownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Sees_UnknownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.privacy_sees_unknown(inputs)
	if (locale === "fr") return __fr.privacy_sees_unknown(inputs)
	return __en.privacy_sees_unknown(inputs)
});
/**
* | output |
* | --- |
* | "Privacy relationship" |
*
* @param {Privacy_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_title = /** @type {((inputs?: Privacy_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.privacy_title(inputs)
	if (locale === "fr") return __fr.privacy_title(inputs)
	return __en.privacy_title(inputs)
});
/**
* | output |
* | --- |
* | "Use {level} anyway" |
*
* @param {Privacy_Use_AnywayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_use_anyway = /** @type {((inputs: Privacy_Use_AnywayInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Use_AnywayInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.privacy_use_anyway(inputs)
	if (locale === "fr") return __fr.privacy_use_anyway(inputs)
	return __en.privacy_use_anyway(inputs)
});
/**
* | output |
* | --- |
* | "The server address is not a valid address." |
*
* @param {Session_Address_InvalidInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_address_invalid = /** @type {((inputs?: Session_Address_InvalidInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Session_Address_InvalidInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.session_address_invalid(inputs)
	if (locale === "fr") return __fr.session_address_invalid(inputs)
	return __en.session_address_invalid(inputs)
});
/**
* | output |
* | --- |
* | "The server address must start with https://." |
*
* @param {Session_Address_Needs_HttpsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_address_needs_https = /** @type {((inputs?: Session_Address_Needs_HttpsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Session_Address_Needs_HttpsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.session_address_needs_https(inputs)
	if (locale === "fr") return __fr.session_address_needs_https(inputs)
	return __en.session_address_needs_https(inputs)
});
/**
* | output |
* | --- |
* | "The server address is not a host name or an https:// address." |
*
* @param {Session_Address_Not_HostInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_address_not_host = /** @type {((inputs?: Session_Address_Not_HostInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Session_Address_Not_HostInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.session_address_not_host(inputs)
	if (locale === "fr") return __fr.session_address_not_host(inputs)
	return __en.session_address_not_host(inputs)
});
/**
* | output |
* | --- |
* | "The server address uses plain http, which is not secure. Use an https:// address." |
*
* @param {Session_Address_Plain_HttpInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_address_plain_http = /** @type {((inputs?: Session_Address_Plain_HttpInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Session_Address_Plain_HttpInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.session_address_plain_http(inputs)
	if (locale === "fr") return __fr.session_address_plain_http(inputs)
	return __en.session_address_plain_http(inputs)
});
/**
* | output |
* | --- |
* | "Demo server (on this computer)" |
*
* @param {Session_Demo_ServerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_demo_server = /** @type {((inputs?: Session_Demo_ServerInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Session_Demo_ServerInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.session_demo_server(inputs)
	if (locale === "fr") return __fr.session_demo_server(inputs)
	return __en.session_demo_server(inputs)
});
/**
* | output |
* | --- |
* | "Links cannot be opened from here." |
*
* @param {Session_Links_UnavailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_links_unavailable = /** @type {((inputs?: Session_Links_UnavailableInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Session_Links_UnavailableInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.session_links_unavailable(inputs)
	if (locale === "fr") return __fr.session_links_unavailable(inputs)
	return __en.session_links_unavailable(inputs)
});
/**
* | output |
* | --- |
* | "You are not signed in. Sign in and try again." |
*
* @param {Session_Not_Signed_InInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_not_signed_in = /** @type {((inputs?: Session_Not_Signed_InInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Session_Not_Signed_InInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.session_not_signed_in(inputs)
	if (locale === "fr") return __fr.session_not_signed_in(inputs)
	return __en.session_not_signed_in(inputs)
});
/**
* | output |
* | --- |
* | "UCWA Tray was signed in somewhere else with the same application, so this copy stopped updating." |
*
* @param {Session_ReplacedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_replaced = /** @type {((inputs?: Session_ReplacedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Session_ReplacedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.session_replaced(inputs)
	if (locale === "fr") return __fr.session_replaced(inputs)
	return __en.session_replaced(inputs)
});
/**
* | output |
* | --- |
* | "You could not be signed in automatically. {said}" |
*
* @param {Session_Restore_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_restore_failed = /** @type {((inputs: Session_Restore_FailedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Session_Restore_FailedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.session_restore_failed(inputs)
	if (locale === "fr") return __fr.session_restore_failed(inputs)
	return __en.session_restore_failed(inputs)
});
/**
* | output |
* | --- |
* | "Your saved password was not accepted; sign in again." |
*
* @param {Session_Saved_Password_RefusedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_saved_password_refused = /** @type {((inputs?: Session_Saved_Password_RefusedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Session_Saved_Password_RefusedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.session_saved_password_refused(inputs)
	if (locale === "fr") return __fr.session_saved_password_refused(inputs)
	return __en.session_saved_password_refused(inputs)
});
/**
* | output |
* | --- |
* | "Your saved sign-in has expired; sign in again." |
*
* @param {Session_Saved_Sign_In_ExpiredInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_saved_sign_in_expired = /** @type {((inputs?: Session_Saved_Sign_In_ExpiredInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Session_Saved_Sign_In_ExpiredInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.session_saved_sign_in_expired(inputs)
	if (locale === "fr") return __fr.session_saved_sign_in_expired(inputs)
	return __en.session_saved_sign_in_expired(inputs)
});
/**
* | output |
* | --- |
* | "Account" |
*
* @param {Settings_AccountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_account = /** @type {((inputs?: Settings_AccountInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_AccountInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_account(inputs)
	if (locale === "fr") return __fr.settings_account(inputs)
	return __en.settings_account(inputs)
});
/**
* | output |
* | --- |
* | "For tagged people, also when they come back from Away or leave Do Not Disturb" |
*
* @param {Settings_Alerts_Include_AwayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_alerts_include_away = /** @type {((inputs?: Settings_Alerts_Include_AwayInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Alerts_Include_AwayInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_alerts_include_away(inputs)
	if (locale === "fr") return __fr.settings_alerts_include_away(inputs)
	return __en.settings_alerts_include_away(inputs)
});
/**
* | output |
* | --- |
* | "Appearance" |
*
* @param {Settings_AppearanceInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_appearance = /** @type {((inputs?: Settings_AppearanceInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_AppearanceInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_appearance(inputs)
	if (locale === "fr") return __fr.settings_appearance(inputs)
	return __en.settings_appearance(inputs)
});
/**
* | output |
* | --- |
* | "Dark" |
*
* @param {Settings_DarkInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_dark = /** @type {((inputs?: Settings_DarkInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_DarkInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_dark(inputs)
	if (locale === "fr") return __fr.settings_dark(inputs)
	return __en.settings_dark(inputs)
});
/**
* | output |
* | --- |
* | "Language" |
*
* @param {Settings_LanguageInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_language = /** @type {((inputs?: Settings_LanguageInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_LanguageInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_language(inputs)
	if (locale === "fr") return __fr.settings_language(inputs)
	return __en.settings_language(inputs)
});
/**
* | output |
* | --- |
* | "The window, the tray menu and notifications follow this language; “Same as the system” follows your computer’s." |
*
* @param {Settings_Language_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_language_note = /** @type {((inputs?: Settings_Language_NoteInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Language_NoteInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_language_note(inputs)
	if (locale === "fr") return __fr.settings_language_note(inputs)
	return __en.settings_language_note(inputs)
});
/**
* | output |
* | --- |
* | "Light" |
*
* @param {Settings_LightInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_light = /** @type {((inputs?: Settings_LightInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_LightInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_light(inputs)
	if (locale === "fr") return __fr.settings_light(inputs)
	return __en.settings_light(inputs)
});
/**
* | output |
* | --- |
* | "Loading settings…" |
*
* @param {Settings_LoadingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_loading = /** @type {((inputs?: Settings_LoadingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_LoadingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_loading(inputs)
	if (locale === "fr") return __fr.settings_loading(inputs)
	return __en.settings_loading(inputs)
});
/**
* | output |
* | --- |
* | "Set by your organisation" |
*
* @param {Settings_ManagedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_managed = /** @type {((inputs?: Settings_ManagedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_ManagedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_managed(inputs)
	if (locale === "fr") return __fr.settings_managed(inputs)
	return __en.settings_managed(inputs)
});
/**
* | output |
* | --- |
* | "This computer does not show notifications from UCWA Tray, so new changes are counted on the tray icon instead. On macOS, an unsigned build cannot show notifi..." |
*
* @param {Settings_No_NotificationsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_no_notifications = /** @type {((inputs?: Settings_No_NotificationsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_No_NotificationsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_no_notifications(inputs)
	if (locale === "fr") return __fr.settings_no_notifications(inputs)
	return __en.settings_no_notifications(inputs)
});
/**
* | output |
* | --- |
* | "This desktop shows no tray icons, so UCWA Tray keeps its window in the taskbar. On GNOME, install the \"AppIndicator and KStatusNotifierItem Support\" extensio..." |
*
* @param {Settings_No_TrayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_no_tray = /** @type {((inputs?: Settings_No_TrayInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_No_TrayInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_no_tray(inputs)
	if (locale === "fr") return __fr.settings_no_tray(inputs)
	return __en.settings_no_tray(inputs)
});
/**
* | output |
* | --- |
* | "Notifications" |
*
* @param {Settings_NotificationsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_notifications = /** @type {((inputs?: Settings_NotificationsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_NotificationsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_notifications(inputs)
	if (locale === "fr") return __fr.settings_notifications(inputs)
	return __en.settings_notifications(inputs)
});
/**
* | output |
* | --- |
* | "When a relationship is changed from another device" |
*
* @param {Settings_Notify_ChangesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_notify_changes = /** @type {((inputs?: Settings_Notify_ChangesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Notify_ChangesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_notify_changes(inputs)
	if (locale === "fr") return __fr.settings_notify_changes(inputs)
	return __en.settings_notify_changes(inputs)
});
/**
* | output |
* | --- |
* | "When someone calls or chats on behalf of someone" |
*
* @param {Settings_Notify_InvitationsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_notify_invitations = /** @type {((inputs?: Settings_Notify_InvitationsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Notify_InvitationsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_notify_invitations(inputs)
	if (locale === "fr") return __fr.settings_notify_invitations(inputs)
	return __en.settings_notify_invitations(inputs)
});
/**
* | output |
* | --- |
* | "When I am signed out" |
*
* @param {Settings_Notify_Signed_OutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_notify_signed_out = /** @type {((inputs?: Settings_Notify_Signed_OutInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Notify_Signed_OutInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_notify_signed_out(inputs)
	if (locale === "fr") return __fr.settings_notify_signed_out(inputs)
	return __en.settings_notify_signed_out(inputs)
});
/**
* | output |
* | --- |
* | "Pause notifications:" |
*
* @param {Settings_PauseInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_pause = /** @type {((inputs?: Settings_PauseInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_PauseInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_pause(inputs)
	if (locale === "fr") return __fr.settings_pause(inputs)
	return __en.settings_pause(inputs)
});
/**
* | output |
* | --- |
* | "For 1 hour" |
*
* @param {Settings_Pause_HourInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_pause_hour = /** @type {((inputs?: Settings_Pause_HourInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Pause_HourInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_pause_hour(inputs)
	if (locale === "fr") return __fr.settings_pause_hour(inputs)
	return __en.settings_pause_hour(inputs)
});
/**
* | output |
* | --- |
* | "Until tomorrow" |
*
* @param {Settings_Pause_TomorrowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_pause_tomorrow = /** @type {((inputs?: Settings_Pause_TomorrowInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Pause_TomorrowInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_pause_tomorrow(inputs)
	if (locale === "fr") return __fr.settings_pause_tomorrow(inputs)
	return __en.settings_pause_tomorrow(inputs)
});
/**
* | output |
* | --- |
* | "Paused until {time}." |
*
* @param {Settings_Paused_UntilInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_paused_until = /** @type {((inputs: Settings_Paused_UntilInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Paused_UntilInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_paused_until(inputs)
	if (locale === "fr") return __fr.settings_paused_until(inputs)
	return __en.settings_paused_until(inputs)
});
/**
* | output |
* | --- |
* | "Resume now" |
*
* @param {Settings_ResumeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_resume = /** @type {((inputs?: Settings_ResumeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_ResumeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_resume(inputs)
	if (locale === "fr") return __fr.settings_resume(inputs)
	return __en.settings_resume(inputs)
});
/**
* | output |
* | --- |
* | "Same as the system" |
*
* @param {Settings_Same_As_SystemInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_same_as_system = /** @type {((inputs?: Settings_Same_As_SystemInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Same_As_SystemInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_same_as_system(inputs)
	if (locale === "fr") return __fr.settings_same_as_system(inputs)
	return __en.settings_same_as_system(inputs)
});
/**
* | output |
* | --- |
* | "Server: {server}" |
*
* @param {Settings_ServerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_server = /** @type {((inputs: Settings_ServerInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_ServerInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_server(inputs)
	if (locale === "fr") return __fr.settings_server(inputs)
	return __en.settings_server(inputs)
});
/**
* | output |
* | --- |
* | "Sign out" |
*
* @param {Settings_Sign_OutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_sign_out = /** @type {((inputs?: Settings_Sign_OutInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Sign_OutInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_sign_out(inputs)
	if (locale === "fr") return __fr.settings_sign_out(inputs)
	return __en.settings_sign_out(inputs)
});
/**
* | output |
* | --- |
* | "Signed in as {user} on {server}." |
*
* @param {Settings_Signed_InInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_signed_in = /** @type {((inputs: Settings_Signed_InInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Signed_InInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_signed_in(inputs)
	if (locale === "fr") return __fr.settings_signed_in(inputs)
	return __en.settings_signed_in(inputs)
});
/**
* | output |
* | --- |
* | "Signed in as {user} to the demo server on this computer." |
*
* @param {Settings_Signed_In_DemoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_signed_in_demo = /** @type {((inputs: Settings_Signed_In_DemoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Signed_In_DemoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_signed_in_demo(inputs)
	if (locale === "fr") return __fr.settings_signed_in_demo(inputs)
	return __en.settings_signed_in_demo(inputs)
});
/**
* | output |
* | --- |
* | "Start UCWA Tray when I log in" |
*
* @param {Settings_Start_At_LoginInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_start_at_login = /** @type {((inputs?: Settings_Start_At_LoginInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Start_At_LoginInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_start_at_login(inputs)
	if (locale === "fr") return __fr.settings_start_at_login(inputs)
	return __en.settings_start_at_login(inputs)
});
/**
* | output |
* | --- |
* | "Startup" |
*
* @param {Settings_StartupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_startup = /** @type {((inputs?: Settings_StartupInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_StartupInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_startup(inputs)
	if (locale === "fr") return __fr.settings_startup(inputs)
	return __en.settings_startup(inputs)
});
/**
* | output |
* | --- |
* | "Theme" |
*
* @param {Settings_ThemeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_theme = /** @type {((inputs?: Settings_ThemeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_ThemeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_theme(inputs)
	if (locale === "fr") return __fr.settings_theme(inputs)
	return __en.settings_theme(inputs)
});
/**
* | output |
* | --- |
* | "Settings" |
*
* @param {Settings_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_title = /** @type {((inputs?: Settings_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.settings_title(inputs)
	if (locale === "fr") return __fr.settings_title(inputs)
	return __en.settings_title(inputs)
});
/**
* | output |
* | --- |
* | "Sign-in address" |
*
* @param {Signin_AddressInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_address = /** @type {((inputs?: Signin_AddressInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_AddressInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_address(inputs)
	if (locale === "fr") return __fr.signin_address(inputs)
	return __en.signin_address(inputs)
});
/**
* | output |
* | --- |
* | "Checking how this server signs you in…" |
*
* @param {Signin_Checking_MethodsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_checking_methods = /** @type {((inputs?: Signin_Checking_MethodsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Checking_MethodsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_checking_methods(inputs)
	if (locale === "fr") return __fr.signin_checking_methods(inputs)
	return __en.signin_checking_methods(inputs)
});
/**
* | output |
* | --- |
* | "The demo did not start" |
*
* @param {Signin_Demo_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_demo_failed = /** @type {((inputs?: Signin_Demo_FailedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Demo_FailedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_demo_failed(inputs)
	if (locale === "fr") return __fr.signin_demo_failed(inputs)
	return __en.signin_demo_failed(inputs)
});
/**
* | output |
* | --- |
* | "with sample contacts on this computer." |
*
* @param {Signin_Demo_WhereInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_demo_where = /** @type {((inputs?: Signin_Demo_WhereInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Demo_WhereInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_demo_where(inputs)
	if (locale === "fr") return __fr.signin_demo_where(inputs)
	return __en.signin_demo_where(inputs)
});
/**
* | output |
* | --- |
* | "No server yet? Try the app with a built-in demo server and 40 sample contacts." |
*
* @param {Signin_First_RunInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_first_run = /** @type {((inputs?: Signin_First_RunInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_First_RunInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_first_run(inputs)
	if (locale === "fr") return __fr.signin_first_run(inputs)
	return __en.signin_first_run(inputs)
});
/**
* | output |
* | --- |
* | "See who can see what about you, and change it." |
*
* @param {Signin_IntroInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_intro = /** @type {((inputs?: Signin_IntroInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_IntroInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_intro(inputs)
	if (locale === "fr") return __fr.signin_intro(inputs)
	return __en.signin_intro(inputs)
});
/**
* | output |
* | --- |
* | "Just looking?" |
*
* @param {Signin_Just_LookingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_just_looking = /** @type {((inputs?: Signin_Just_LookingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Just_LookingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_just_looking(inputs)
	if (locale === "fr") return __fr.signin_just_looking(inputs)
	return __en.signin_just_looking(inputs)
});
/**
* | output |
* | --- |
* | "Sign in with" |
*
* @param {Signin_MethodInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_method = /** @type {((inputs?: Signin_MethodInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_MethodInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_method(inputs)
	if (locale === "fr") return __fr.signin_method(inputs)
	return __en.signin_method(inputs)
});
/**
* | output |
* | --- |
* | "Organisation sign-in page" |
*
* @param {Signin_Method_PassiveInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_method_passive = /** @type {((inputs?: Signin_Method_PassiveInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Method_PassiveInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_method_passive(inputs)
	if (locale === "fr") return __fr.signin_method_passive(inputs)
	return __en.signin_method_passive(inputs)
});
/**
* | output |
* | --- |
* | "User name and password" |
*
* @param {Signin_Method_PasswordInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_method_password = /** @type {((inputs?: Signin_Method_PasswordInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Method_PasswordInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_method_password(inputs)
	if (locale === "fr") return __fr.signin_method_password(inputs)
	return __en.signin_method_password(inputs)
});
/**
* | output |
* | --- |
* | "Windows account" |
*
* @param {Signin_Method_WindowsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_method_windows = /** @type {((inputs?: Signin_Method_WindowsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Method_WindowsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_method_windows(inputs)
	if (locale === "fr") return __fr.signin_method_windows(inputs)
	return __en.signin_method_windows(inputs)
});
/**
* | output |
* | --- |
* | "No keyring is available on this computer, so your password cannot be remembered. You will be asked again after about 8 hours or when the app restarts." |
*
* @param {Signin_No_KeyringInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_no_keyring = /** @type {((inputs?: Signin_No_KeyringInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_No_KeyringInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_no_keyring(inputs)
	if (locale === "fr") return __fr.signin_no_keyring(inputs)
	return __en.signin_no_keyring(inputs)
});
/**
* | output |
* | --- |
* | "(optional)" |
*
* @param {Signin_OptionalInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_optional = /** @type {((inputs?: Signin_OptionalInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_OptionalInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_optional(inputs)
	if (locale === "fr") return __fr.signin_optional(inputs)
	return __en.signin_optional(inputs)
});
/**
* | output |
* | --- |
* | "Use another account" |
*
* @param {Signin_Other_AccountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_other_account = /** @type {((inputs?: Signin_Other_AccountInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Other_AccountInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_other_account(inputs)
	if (locale === "fr") return __fr.signin_other_account(inputs)
	return __en.signin_other_account(inputs)
});
/**
* | output |
* | --- |
* | "Your Windows account, for your organisation's sign-in page only." |
*
* @param {Signin_Passive_Account_HintInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_passive_account_hint = /** @type {((inputs?: Signin_Passive_Account_HintInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Passive_Account_HintInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_passive_account_hint(inputs)
	if (locale === "fr") return __fr.signin_passive_account_hint(inputs)
	return __en.signin_passive_account_hint(inputs)
});
/**
* | output |
* | --- |
* | "Signing in with your organisation's page did not work" |
*
* @param {Signin_Passive_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_passive_failed = /** @type {((inputs?: Signin_Passive_FailedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Passive_FailedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_passive_failed(inputs)
	if (locale === "fr") return __fr.signin_passive_failed(inputs)
	return __en.signin_passive_failed(inputs)
});
/**
* | output |
* | --- |
* | "Your organisation's sign-in page opens in its own window." |
*
* @param {Signin_Passive_HintInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_passive_hint = /** @type {((inputs?: Signin_Passive_HintInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Passive_HintInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_passive_hint(inputs)
	if (locale === "fr") return __fr.signin_passive_hint(inputs)
	return __en.signin_passive_hint(inputs)
});
/**
* | output |
* | --- |
* | "Signing in with your organisation's page is not available yet." |
*
* @param {Signin_Passive_UnavailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_passive_unavailable = /** @type {((inputs?: Signin_Passive_UnavailableInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Passive_UnavailableInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_passive_unavailable(inputs)
	if (locale === "fr") return __fr.signin_passive_unavailable(inputs)
	return __en.signin_passive_unavailable(inputs)
});
/**
* | output |
* | --- |
* | "Password" |
*
* @param {Signin_PasswordInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_password = /** @type {((inputs?: Signin_PasswordInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_PasswordInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_password(inputs)
	if (locale === "fr") return __fr.signin_password(inputs)
	return __en.signin_password(inputs)
});
/**
* | output |
* | --- |
* | "{heading}." |
*
* @param {Signin_ProblemInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_problem = /** @type {((inputs: Signin_ProblemInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_ProblemInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_problem(inputs)
	if (locale === "fr") return __fr.signin_problem(inputs)
	return __en.signin_problem(inputs)
});
/**
* | output |
* | --- |
* | "Remember my password" |
*
* @param {Signin_RememberInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_remember = /** @type {((inputs?: Signin_RememberInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_RememberInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_remember(inputs)
	if (locale === "fr") return __fr.signin_remember(inputs)
	return __en.signin_remember(inputs)
});
/**
* | output |
* | --- |
* | "Keep me signed in" |
*
* @param {Signin_Remember_SigninInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_remember_signin = /** @type {((inputs?: Signin_Remember_SigninInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Remember_SigninInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_remember_signin(inputs)
	if (locale === "fr") return __fr.signin_remember_signin(inputs)
	return __en.signin_remember_signin(inputs)
});
/**
* | output |
* | --- |
* | "Server address" |
*
* @param {Signin_ServerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_server = /** @type {((inputs?: Signin_ServerInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_ServerInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_server(inputs)
	if (locale === "fr") return __fr.signin_server(inputs)
	return __en.signin_server(inputs)
});
/**
* | output |
* | --- |
* | "Leave empty to find the server automatically, or enter its name or discovery URL." |
*
* @param {Signin_Server_HintInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_server_hint = /** @type {((inputs?: Signin_Server_HintInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Server_HintInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_server_hint(inputs)
	if (locale === "fr") return __fr.signin_server_hint(inputs)
	return __en.signin_server_hint(inputs)
});
/**
* | output |
* | --- |
* | "Found from your sign-in address" |
*
* @param {Signin_Server_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_server_placeholder = /** @type {((inputs?: Signin_Server_PlaceholderInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Server_PlaceholderInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_server_placeholder(inputs)
	if (locale === "fr") return __fr.signin_server_placeholder(inputs)
	return __en.signin_server_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "Signing in" |
*
* @param {Signin_StepsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_steps = /** @type {((inputs?: Signin_StepsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_StepsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_steps(inputs)
	if (locale === "fr") return __fr.signin_steps(inputs)
	return __en.signin_steps(inputs)
});
/**
* | output |
* | --- |
* | "Sign in" |
*
* @param {Signin_SubmitInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_submit = /** @type {((inputs?: Signin_SubmitInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_SubmitInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_submit(inputs)
	if (locale === "fr") return __fr.signin_submit(inputs)
	return __en.signin_submit(inputs)
});
/**
* | output |
* | --- |
* | "Sign in to Skype for Business" |
*
* @param {Signin_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_title = /** @type {((inputs?: Signin_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_title(inputs)
	if (locale === "fr") return __fr.signin_title(inputs)
	return __en.signin_title(inputs)
});
/**
* | output |
* | --- |
* | "Trust {host} and sign in" |
*
* @param {Signin_Trust_HostInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_trust_host = /** @type {((inputs: Signin_Trust_HostInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Trust_HostInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_trust_host(inputs)
	if (locale === "fr") return __fr.signin_trust_host(inputs)
	return __en.signin_trust_host(inputs)
});
/**
* | output |
* | --- |
* | "Only continue if your organisation told you to sign in there. Your password will be sent to it." |
*
* @param {Signin_Trust_WarningInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_trust_warning = /** @type {((inputs?: Signin_Trust_WarningInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Trust_WarningInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_trust_warning(inputs)
	if (locale === "fr") return __fr.signin_trust_warning(inputs)
	return __en.signin_trust_warning(inputs)
});
/**
* | output |
* | --- |
* | "Only continue if your organisation told you to sign in there. Your Windows account will sign in to it." |
*
* @param {Signin_Trust_Warning_WindowsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_trust_warning_windows = /** @type {((inputs?: Signin_Trust_Warning_WindowsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Trust_Warning_WindowsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_trust_warning_windows(inputs)
	if (locale === "fr") return __fr.signin_trust_warning_windows(inputs)
	return __en.signin_trust_warning_windows(inputs)
});
/**
* | output |
* | --- |
* | "Try the demo" |
*
* @param {Signin_Try_DemoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_try_demo = /** @type {((inputs?: Signin_Try_DemoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Try_DemoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_try_demo(inputs)
	if (locale === "fr") return __fr.signin_try_demo(inputs)
	return __en.signin_try_demo(inputs)
});
/**
* | output |
* | --- |
* | "User name" |
*
* @param {Signin_UsernameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_username = /** @type {((inputs?: Signin_UsernameInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_UsernameInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_username(inputs)
	if (locale === "fr") return __fr.signin_username(inputs)
	return __en.signin_username(inputs)
});
/**
* | output |
* | --- |
* | "DOMAIN\\user or user@domain, if your organisation signs you in with another name than your sign-in address." |
*
* @param {Signin_Username_HintInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_username_hint = /** @type {((inputs?: Signin_Username_HintInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Username_HintInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_username_hint(inputs)
	if (locale === "fr") return __fr.signin_username_hint(inputs)
	return __en.signin_username_hint(inputs)
});
/**
* | output |
* | --- |
* | "Windows sign-in did not work" |
*
* @param {Signin_Windows_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_windows_failed = /** @type {((inputs?: Signin_Windows_FailedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Windows_FailedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_windows_failed(inputs)
	if (locale === "fr") return __fr.signin_windows_failed(inputs)
	return __en.signin_windows_failed(inputs)
});
/**
* | output |
* | --- |
* | "Uses the account you are signed in to Windows (or your domain) with: no password needed." |
*
* @param {Signin_Windows_HintInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_windows_hint = /** @type {((inputs?: Signin_Windows_HintInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Windows_HintInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.signin_windows_hint(inputs)
	if (locale === "fr") return __fr.signin_windows_hint(inputs)
	return __en.signin_windows_hint(inputs)
});
/**
* | output |
* | --- |
* | "Added." |
*
* @param {Store_AddedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_added = /** @type {((inputs?: Store_AddedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_AddedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.store_added(inputs)
	if (locale === "fr") return __fr.store_added(inputs)
	return __en.store_added(inputs)
});
/**
* | output |
* | --- |
* | "Already {level}." |
*
* @param {Store_AlreadyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_already = /** @type {((inputs: Store_AlreadyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_AlreadyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.store_already(inputs)
	if (locale === "fr") return __fr.store_already(inputs)
	return __en.store_already(inputs)
});
/**
* | output |
* | --- |
* | "Could not change {name} to {level}: {reason} {name} is still {current}." |
*
* @param {Store_Change_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_change_failed = /** @type {((inputs: Store_Change_FailedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Change_FailedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.store_change_failed(inputs)
	if (locale === "fr") return __fr.store_change_failed(inputs)
	return __en.store_change_failed(inputs)
});
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
export const store_changed_many = /** @type {((inputs: Store_Changed_ManyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Changed_ManyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.store_changed_many(inputs)
	if (locale === "fr") return __fr.store_changed_many(inputs)
	return __en.store_changed_many(inputs)
});
/**
* | output |
* | --- |
* | "Could not copy to the clipboard." |
*
* @param {Store_Clipboard_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_clipboard_failed = /** @type {((inputs?: Store_Clipboard_FailedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Clipboard_FailedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.store_clipboard_failed(inputs)
	if (locale === "fr") return __fr.store_clipboard_failed(inputs)
	return __en.store_clipboard_failed(inputs)
});
/**
* | output |
* | --- |
* | "Not changed: changed from another device meanwhile. {change}." |
*
* @param {Store_Conflict_ElsewhereInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_conflict_elsewhere = /** @type {((inputs: Store_Conflict_ElsewhereInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Conflict_ElsewhereInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.store_conflict_elsewhere(inputs)
	if (locale === "fr") return __fr.store_conflict_elsewhere(inputs)
	return __en.store_conflict_elsewhere(inputs)
});
/**
* | output |
* | --- |
* | "it was changed from another device meanwhile." |
*
* @param {Store_Conflict_ReasonInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_conflict_reason = /** @type {((inputs?: Store_Conflict_ReasonInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Conflict_ReasonInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.store_conflict_reason(inputs)
	if (locale === "fr") return __fr.store_conflict_reason(inputs)
	return __en.store_conflict_reason(inputs)
});
/**
* | output |
* | --- |
* | "Diagnostics copied. Paste them into your message to support." |
*
* @param {Store_Diagnostics_CopiedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_diagnostics_copied = /** @type {((inputs?: Store_Diagnostics_CopiedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Diagnostics_CopiedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.store_diagnostics_copied(inputs)
	if (locale === "fr") return __fr.store_diagnostics_copied(inputs)
	return __en.store_diagnostics_copied(inputs)
});
/**
* | output |
* | --- |
* | "Could not collect diagnostics: {reason}" |
*
* @param {Store_Diagnostics_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_diagnostics_failed = /** @type {((inputs: Store_Diagnostics_FailedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Diagnostics_FailedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.store_diagnostics_failed(inputs)
	if (locale === "fr") return __fr.store_diagnostics_failed(inputs)
	return __en.store_diagnostics_failed(inputs)
});
/**
* | output |
* | --- |
* | "Group “{name}” created." |
*
* @param {Store_Group_CreatedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_group_created = /** @type {((inputs: Store_Group_CreatedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Group_CreatedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.store_group_created(inputs)
	if (locale === "fr") return __fr.store_group_created(inputs)
	return __en.store_group_created(inputs)
});
/**
* | output |
* | --- |
* | "Group deleted." |
*
* @param {Store_Group_DeletedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_group_deleted = /** @type {((inputs?: Store_Group_DeletedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Group_DeletedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.store_group_deleted(inputs)
	if (locale === "fr") return __fr.store_group_deleted(inputs)
	return __en.store_group_deleted(inputs)
});
/**
* | output |
* | --- |
* | "The app did not say what happened to this change." |
*
* @param {Store_No_AnswerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_no_answer = /** @type {((inputs?: Store_No_AnswerInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_No_AnswerInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.store_no_answer(inputs)
	if (locale === "fr") return __fr.store_no_answer(inputs)
	return __en.store_no_answer(inputs)
});
/**
* | output |
* | --- |
* | "No level below." |
*
* @param {Store_No_Level_BelowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_no_level_below = /** @type {((inputs?: Store_No_Level_BelowInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_No_Level_BelowInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.store_no_level_below(inputs)
	if (locale === "fr") return __fr.store_no_level_below(inputs)
	return __en.store_no_level_below(inputs)
});
/**
* | output |
* | --- |
* | "No one found for “{query}”." |
*
* @param {Store_No_One_FoundInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_no_one_found = /** @type {((inputs: Store_No_One_FoundInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_No_One_FoundInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.store_no_one_found(inputs)
	if (locale === "fr") return __fr.store_no_one_found(inputs)
	return __en.store_no_one_found(inputs)
});
/**
* | output |
* | --- |
* | "The server does not let you change it." |
*
* @param {Store_Not_ChangeableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_not_changeable = /** @type {((inputs?: Store_Not_ChangeableInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Not_ChangeableInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.store_not_changeable(inputs)
	if (locale === "fr") return __fr.store_not_changeable(inputs)
	return __en.store_not_changeable(inputs)
});
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
export const store_not_changed_many = /** @type {((inputs: Store_Not_Changed_ManyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Not_Changed_ManyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.store_not_changed_many(inputs)
	if (locale === "fr") return __fr.store_not_changed_many(inputs)
	return __en.store_not_changed_many(inputs)
});
/**
* | output |
* | --- |
* | "{name} was not changed: {reason}" |
*
* @param {Store_Not_Changed_OneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_not_changed_one = /** @type {((inputs: Store_Not_Changed_OneInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Not_Changed_OneInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.store_not_changed_one(inputs)
	if (locale === "fr") return __fr.store_not_changed_one(inputs)
	return __en.store_not_changed_one(inputs)
});
/**
* | output |
* | --- |
* | "This contact is no longer in your list." |
*
* @param {Store_Not_In_ListInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_not_in_list = /** @type {((inputs?: Store_Not_In_ListInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Not_In_ListInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.store_not_in_list(inputs)
	if (locale === "fr") return __fr.store_not_in_list(inputs)
	return __en.store_not_in_list(inputs)
});
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
export const store_now_blocked_many = /** @type {((inputs: Store_Now_Blocked_ManyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Now_Blocked_ManyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.store_now_blocked_many(inputs)
	if (locale === "fr") return __fr.store_now_blocked_many(inputs)
	return __en.store_now_blocked_many(inputs)
});
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
export const store_now_see_many = /** @type {((inputs: Store_Now_See_ManyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Now_See_ManyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.store_now_see_many(inputs)
	if (locale === "fr") return __fr.store_now_see_many(inputs)
	return __en.store_now_see_many(inputs)
});
/**
* | output |
* | --- |
* | "Removed." |
*
* @param {Store_RemovedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_removed = /** @type {((inputs?: Store_RemovedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_RemovedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.store_removed(inputs)
	if (locale === "fr") return __fr.store_removed(inputs)
	return __en.store_removed(inputs)
});
/**
* | output |
* | --- |
* | "Removed from the group." |
*
* @param {Store_Removed_From_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_removed_from_group = /** @type {((inputs?: Store_Removed_From_GroupInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Removed_From_GroupInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.store_removed_from_group(inputs)
	if (locale === "fr") return __fr.store_removed_from_group(inputs)
	return __en.store_removed_from_group(inputs)
});
/**
* | output |
* | --- |
* | "Renamed." |
*
* @param {Store_RenamedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_renamed = /** @type {((inputs?: Store_RenamedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_RenamedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.store_renamed(inputs)
	if (locale === "fr") return __fr.store_renamed(inputs)
	return __en.store_renamed(inputs)
});
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
export const store_undone_many = /** @type {((inputs: Store_Undone_ManyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Undone_ManyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.store_undone_many(inputs)
	if (locale === "fr") return __fr.store_undone_many(inputs)
	return __en.store_undone_many(inputs)
});
/**
* | output |
* | --- |
* | "Undone: {name} is back to {level}" |
*
* @param {Store_Undone_OneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_undone_one = /** @type {((inputs: Store_Undone_OneInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Undone_OneInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.store_undone_one(inputs)
	if (locale === "fr") return __fr.store_undone_one(inputs)
	return __en.store_undone_one(inputs)
});
/**
* | output |
* | --- |
* | "{done}; {failures}" |
*
* @param {Store_With_FailuresInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_with_failures = /** @type {((inputs: Store_With_FailuresInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_With_FailuresInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.store_with_failures(inputs)
	if (locale === "fr") return __fr.store_with_failures(inputs)
	return __en.store_with_failures(inputs)
});
/**
* | output |
* | --- |
* | "Activity" |
*
* @param {Tabs_ActivityInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_activity = /** @type {((inputs?: Tabs_ActivityInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tabs_ActivityInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tabs_activity(inputs)
	if (locale === "fr") return __fr.tabs_activity(inputs)
	return __en.tabs_activity(inputs)
});
/**
* | output |
* | --- |
* | "Contacts" |
*
* @param {Tabs_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_contacts = /** @type {((inputs?: Tabs_ContactsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tabs_ContactsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tabs_contacts(inputs)
	if (locale === "fr") return __fr.tabs_contacts(inputs)
	return __en.tabs_contacts(inputs)
});
/**
* | output |
* | --- |
* | "Groups" |
*
* @param {Tabs_GroupsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_groups = /** @type {((inputs?: Tabs_GroupsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tabs_GroupsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tabs_groups(inputs)
	if (locale === "fr") return __fr.tabs_groups(inputs)
	return __en.tabs_groups(inputs)
});
/**
* | output |
* | --- |
* | "Help" |
*
* @param {Tabs_HelpInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_help = /** @type {((inputs?: Tabs_HelpInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tabs_HelpInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tabs_help(inputs)
	if (locale === "fr") return __fr.tabs_help(inputs)
	return __en.tabs_help(inputs)
});
/**
* | output |
* | --- |
* | "Invitations" |
*
* @param {Tabs_InvitationsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_invitations = /** @type {((inputs?: Tabs_InvitationsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tabs_InvitationsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tabs_invitations(inputs)
	if (locale === "fr") return __fr.tabs_invitations(inputs)
	return __en.tabs_invitations(inputs)
});
/**
* | output |
* | --- |
* | "Views" |
*
* @param {Tabs_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_label = /** @type {((inputs?: Tabs_LabelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tabs_LabelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tabs_label(inputs)
	if (locale === "fr") return __fr.tabs_label(inputs)
	return __en.tabs_label(inputs)
});
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
export const tabs_new = /** @type {((inputs: Tabs_NewInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tabs_NewInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tabs_new(inputs)
	if (locale === "fr") return __fr.tabs_new(inputs)
	return __en.tabs_new(inputs)
});
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
export const tabs_ringing = /** @type {((inputs: Tabs_RingingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tabs_RingingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tabs_ringing(inputs)
	if (locale === "fr") return __fr.tabs_ringing(inputs)
	return __en.tabs_ringing(inputs)
});
/**
* | output |
* | --- |
* | "Settings" |
*
* @param {Tabs_SettingsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_settings = /** @type {((inputs?: Tabs_SettingsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tabs_SettingsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tabs_settings(inputs)
	if (locale === "fr") return __fr.tabs_settings(inputs)
	return __en.tabs_settings(inputs)
});
/**
* | output |
* | --- |
* | "Who sees what" |
*
* @param {Tabs_Who_SeesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_who_sees = /** @type {((inputs?: Tabs_Who_SeesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tabs_Who_SeesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tabs_who_sees(inputs)
	if (locale === "fr") return __fr.tabs_who_sees(inputs)
	return __en.tabs_who_sees(inputs)
});
/**
* | output |
* | --- |
* | "{change} (you)" |
*
* @param {Tray_Change_YoursInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_change_yours = /** @type {((inputs: Tray_Change_YoursInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Change_YoursInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tray_change_yours(inputs)
	if (locale === "fr") return __fr.tray_change_yours(inputs)
	return __en.tray_change_yours(inputs)
});
/**
* | output |
* | --- |
* | "Connected as {user}" |
*
* @param {Tray_ConnectedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_connected = /** @type {((inputs: Tray_ConnectedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_ConnectedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tray_connected(inputs)
	if (locale === "fr") return __fr.tray_connected(inputs)
	return __en.tray_connected(inputs)
});
/**
* | output |
* | --- |
* | "Connected as {user} (demo)" |
*
* @param {Tray_Connected_DemoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_connected_demo = /** @type {((inputs: Tray_Connected_DemoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Connected_DemoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tray_connected_demo(inputs)
	if (locale === "fr") return __fr.tray_connected_demo(inputs)
	return __en.tray_connected_demo(inputs)
});
/**
* | output |
* | --- |
* | "Notifications cannot be shown here: new changes are counted on this icon" |
*
* @param {Tray_Notifications_UnavailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_notifications_unavailable = /** @type {((inputs?: Tray_Notifications_UnavailableInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Notifications_UnavailableInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tray_notifications_unavailable(inputs)
	if (locale === "fr") return __fr.tray_notifications_unavailable(inputs)
	return __en.tray_notifications_unavailable(inputs)
});
/**
* | output |
* | --- |
* | "Open UCWA Tray" |
*
* @param {Tray_OpenInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_open = /** @type {((inputs?: Tray_OpenInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_OpenInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tray_open(inputs)
	if (locale === "fr") return __fr.tray_open(inputs)
	return __en.tray_open(inputs)
});
/**
* | output |
* | --- |
* | "Pause notifications" |
*
* @param {Tray_PauseInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_pause = /** @type {((inputs?: Tray_PauseInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_PauseInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tray_pause(inputs)
	if (locale === "fr") return __fr.tray_pause(inputs)
	return __en.tray_pause(inputs)
});
/**
* | output |
* | --- |
* | "For 1 hour" |
*
* @param {Tray_Pause_HourInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_pause_hour = /** @type {((inputs?: Tray_Pause_HourInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Pause_HourInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tray_pause_hour(inputs)
	if (locale === "fr") return __fr.tray_pause_hour(inputs)
	return __en.tray_pause_hour(inputs)
});
/**
* | output |
* | --- |
* | "Until tomorrow" |
*
* @param {Tray_Pause_TomorrowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_pause_tomorrow = /** @type {((inputs?: Tray_Pause_TomorrowInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Pause_TomorrowInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tray_pause_tomorrow(inputs)
	if (locale === "fr") return __fr.tray_pause_tomorrow(inputs)
	return __en.tray_pause_tomorrow(inputs)
});
/**
* | output |
* | --- |
* | "Notifications paused until {time}" |
*
* @param {Tray_Paused_UntilInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_paused_until = /** @type {((inputs: Tray_Paused_UntilInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Paused_UntilInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tray_paused_until(inputs)
	if (locale === "fr") return __fr.tray_paused_until(inputs)
	return __en.tray_paused_until(inputs)
});
/**
* | output |
* | --- |
* | "Quit UCWA Tray" |
*
* @param {Tray_QuitInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_quit = /** @type {((inputs?: Tray_QuitInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_QuitInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tray_quit(inputs)
	if (locale === "fr") return __fr.tray_quit(inputs)
	return __en.tray_quit(inputs)
});
/**
* | output |
* | --- |
* | "Recent changes" |
*
* @param {Tray_RecentInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_recent = /** @type {((inputs?: Tray_RecentInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_RecentInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tray_recent(inputs)
	if (locale === "fr") return __fr.tray_recent(inputs)
	return __en.tray_recent(inputs)
});
/**
* | output |
* | --- |
* | "No changes yet" |
*
* @param {Tray_Recent_NoneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_recent_none = /** @type {((inputs?: Tray_Recent_NoneInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Recent_NoneInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tray_recent_none(inputs)
	if (locale === "fr") return __fr.tray_recent_none(inputs)
	return __en.tray_recent_none(inputs)
});
/**
* | output |
* | --- |
* | "Reconnecting (next try {time})" |
*
* @param {Tray_ReconnectingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_reconnecting = /** @type {((inputs: Tray_ReconnectingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_ReconnectingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tray_reconnecting(inputs)
	if (locale === "fr") return __fr.tray_reconnecting(inputs)
	return __en.tray_reconnecting(inputs)
});
/**
* | output |
* | --- |
* | "Stopped: UCWA Tray is signed in somewhere else" |
*
* @param {Tray_ReplacedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_replaced = /** @type {((inputs?: Tray_ReplacedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_ReplacedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tray_replaced(inputs)
	if (locale === "fr") return __fr.tray_replaced(inputs)
	return __en.tray_replaced(inputs)
});
/**
* | output |
* | --- |
* | "Resume notifications" |
*
* @param {Tray_ResumeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_resume = /** @type {((inputs?: Tray_ResumeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_ResumeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tray_resume(inputs)
	if (locale === "fr") return __fr.tray_resume(inputs)
	return __en.tray_resume(inputs)
});
/**
* | output |
* | --- |
* | "Sign out" |
*
* @param {Tray_Sign_OutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_sign_out = /** @type {((inputs?: Tray_Sign_OutInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Sign_OutInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tray_sign_out(inputs)
	if (locale === "fr") return __fr.tray_sign_out(inputs)
	return __en.tray_sign_out(inputs)
});
/**
* | output |
* | --- |
* | "Signed out" |
*
* @param {Tray_Signed_OutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_signed_out = /** @type {((inputs?: Tray_Signed_OutInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Signed_OutInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tray_signed_out(inputs)
	if (locale === "fr") return __fr.tray_signed_out(inputs)
	return __en.tray_signed_out(inputs)
});
/**
* | output |
* | --- |
* | "Signed out: {reason}" |
*
* @param {Tray_Signed_Out_BecauseInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_signed_out_because = /** @type {((inputs: Tray_Signed_Out_BecauseInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Signed_Out_BecauseInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tray_signed_out_because(inputs)
	if (locale === "fr") return __fr.tray_signed_out_because(inputs)
	return __en.tray_signed_out_because(inputs)
});
/**
* | output |
* | --- |
* | "Signing in: {step}…" |
*
* @param {Tray_Signing_InInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_signing_in = /** @type {((inputs: Tray_Signing_InInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Signing_InInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tray_signing_in(inputs)
	if (locale === "fr") return __fr.tray_signing_in(inputs)
	return __en.tray_signing_in(inputs)
});
/**
* | output |
* | --- |
* | "signing in" |
*
* @param {Tray_Step_AuthenticatingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_step_authenticating = /** @type {((inputs?: Tray_Step_AuthenticatingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Step_AuthenticatingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tray_step_authenticating(inputs)
	if (locale === "fr") return __fr.tray_step_authenticating(inputs)
	return __en.tray_step_authenticating(inputs)
});
/**
* | output |
* | --- |
* | "starting the session" |
*
* @param {Tray_Step_Creating_ApplicationInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_step_creating_application = /** @type {((inputs?: Tray_Step_Creating_ApplicationInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Step_Creating_ApplicationInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tray_step_creating_application(inputs)
	if (locale === "fr") return __fr.tray_step_creating_application(inputs)
	return __en.tray_step_creating_application(inputs)
});
/**
* | output |
* | --- |
* | "finding the server" |
*
* @param {Tray_Step_DiscoveringInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_step_discovering = /** @type {((inputs?: Tray_Step_DiscoveringInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Step_DiscoveringInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tray_step_discovering(inputs)
	if (locale === "fr") return __fr.tray_step_discovering(inputs)
	return __en.tray_step_discovering(inputs)
});
/**
* | output |
* | --- |
* | "loading contacts" |
*
* @param {Tray_Step_Loading_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_step_loading_contacts = /** @type {((inputs?: Tray_Step_Loading_ContactsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Step_Loading_ContactsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tray_step_loading_contacts(inputs)
	if (locale === "fr") return __fr.tray_step_loading_contacts(inputs)
	return __en.tray_step_loading_contacts(inputs)
});
/**
* | output |
* | --- |
* | "UCWA Tray: {state}" |
*
* @param {Tray_Tooltip_StateInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_tooltip_state = /** @type {((inputs: Tray_Tooltip_StateInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Tooltip_StateInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tray_tooltip_state(inputs)
	if (locale === "fr") return __fr.tray_tooltip_state(inputs)
	return __en.tray_tooltip_state(inputs)
});
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
export const tray_unseen = /** @type {((inputs: Tray_UnseenInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_UnseenInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.tray_unseen(inputs)
	if (locale === "fr") return __fr.tray_unseen(inputs)
	return __en.tray_unseen(inputs)
});
/**
* | output |
* | --- |
* | "The server sent a link that cannot be used." |
*
* @param {Trust_Bad_UrlInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_bad_url = /** @type {((inputs?: Trust_Bad_UrlInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Bad_UrlInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.trust_bad_url(inputs)
	if (locale === "fr") return __fr.trust_bad_url(inputs)
	return __en.trust_bad_url(inputs)
});
/**
* | output |
* | --- |
* | "The server sent a link to {host} that cannot be used safely." |
*
* @param {Trust_Bad_Url_HostInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_bad_url_host = /** @type {((inputs: Trust_Bad_Url_HostInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Bad_Url_HostInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.trust_bad_url_host(inputs)
	if (locale === "fr") return __fr.trust_bad_url_host(inputs)
	return __en.trust_bad_url_host(inputs)
});
/**
* | output |
* | --- |
* | "{host} does not use a secure (https) connection, so nothing was sent to it." |
*
* @param {Trust_InsecureInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_insecure = /** @type {((inputs: Trust_InsecureInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_InsecureInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.trust_insecure(inputs)
	if (locale === "fr") return __fr.trust_insecure(inputs)
	return __en.trust_insecure(inputs)
});
/**
* | output |
* | --- |
* | "a server does not use a secure (https) connection, so nothing was sent to it." |
*
* @param {Trust_Insecure_UnnamedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_insecure_unnamed = /** @type {((inputs?: Trust_Insecure_UnnamedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Insecure_UnnamedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.trust_insecure_unnamed(inputs)
	if (locale === "fr") return __fr.trust_insecure_unnamed(inputs)
	return __en.trust_insecure_unnamed(inputs)
});
/**
* | output |
* | --- |
* | "Your domain’s Kerberos server cannot be reached. Check the network, then try again." |
*
* @param {Trust_Kdc_UnreachableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_kdc_unreachable = /** @type {((inputs?: Trust_Kdc_UnreachableInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Kdc_UnreachableInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.trust_kdc_unreachable(inputs)
	if (locale === "fr") return __fr.trust_kdc_unreachable(inputs)
	return __en.trust_kdc_unreachable(inputs)
});
/**
* | output |
* | --- |
* | "Kerberos sign-in to {host} did not work." |
*
* @param {Trust_Kerberos_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_kerberos_failed = /** @type {((inputs: Trust_Kerberos_FailedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Kerberos_FailedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.trust_kerberos_failed(inputs)
	if (locale === "fr") return __fr.trust_kerberos_failed(inputs)
	return __en.trust_kerberos_failed(inputs)
});
/**
* | output |
* | --- |
* | "{host} does not use a secure (https) connection, so Windows sign-in was not sent to it." |
*
* @param {Trust_Kerberos_InsecureInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_kerberos_insecure = /** @type {((inputs: Trust_Kerberos_InsecureInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Kerberos_InsecureInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.trust_kerberos_insecure(inputs)
	if (locale === "fr") return __fr.trust_kerberos_insecure(inputs)
	return __en.trust_kerberos_insecure(inputs)
});
/**
* | output |
* | --- |
* | "Your Kerberos ticket has expired. Sign in to your domain again (kinit), then try again." |
*
* @param {Trust_Kerberos_Ticket_ExpiredInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_kerberos_ticket_expired = /** @type {((inputs?: Trust_Kerberos_Ticket_ExpiredInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Kerberos_Ticket_ExpiredInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.trust_kerberos_ticket_expired(inputs)
	if (locale === "fr") return __fr.trust_kerberos_ticket_expired(inputs)
	return __en.trust_kerberos_ticket_expired(inputs)
});
/**
* | output |
* | --- |
* | "Windows sign-in needs Kerberos support, which is not installed with this copy of the app." |
*
* @param {Trust_Kerberos_UnavailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_kerberos_unavailable = /** @type {((inputs?: Trust_Kerberos_UnavailableInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Kerberos_UnavailableInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.trust_kerberos_unavailable(inputs)
	if (locale === "fr") return __fr.trust_kerberos_unavailable(inputs)
	return __en.trust_kerberos_unavailable(inputs)
});
/**
* | output |
* | --- |
* | "This server offers Windows sign-in, but not with Kerberos from this computer." |
*
* @param {Trust_Negotiate_Not_OfferedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_negotiate_not_offered = /** @type {((inputs?: Trust_Negotiate_Not_OfferedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Negotiate_Not_OfferedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.trust_negotiate_not_offered(inputs)
	if (locale === "fr") return __fr.trust_negotiate_not_offered(inputs)
	return __en.trust_negotiate_not_offered(inputs)
});
/**
* | output |
* | --- |
* | "You have no Kerberos ticket. Sign in to your domain first (for example with kinit), then try again." |
*
* @param {Trust_No_Kerberos_TicketInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_no_kerberos_ticket = /** @type {((inputs?: Trust_No_Kerberos_TicketInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_No_Kerberos_TicketInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.trust_no_kerberos_ticket(inputs)
	if (locale === "fr") return __fr.trust_no_kerberos_ticket(inputs)
	return __en.trust_no_kerberos_ticket(inputs)
});
/**
* | output |
* | --- |
* | "This server signs in Windows accounts with NTLM: enter your Windows user name and password." |
*
* @param {Trust_Ntlm_Needs_AccountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_ntlm_needs_account = /** @type {((inputs?: Trust_Ntlm_Needs_AccountInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Ntlm_Needs_AccountInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.trust_ntlm_needs_account(inputs)
	if (locale === "fr") return __fr.trust_ntlm_needs_account(inputs)
	return __en.trust_ntlm_needs_account(inputs)
});
/**
* | output |
* | --- |
* | "The server refused your Windows user name or password (NTLM). Check both and try again." |
*
* @param {Trust_Ntlm_RefusedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_ntlm_refused = /** @type {((inputs?: Trust_Ntlm_RefusedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Ntlm_RefusedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.trust_ntlm_refused(inputs)
	if (locale === "fr") return __fr.trust_ntlm_refused(inputs)
	return __en.trust_ntlm_refused(inputs)
});
/**
* | output |
* | --- |
* | "This server does not accept password sign-in." |
*
* @param {Trust_Password_Not_OfferedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_password_not_offered = /** @type {((inputs?: Trust_Password_Not_OfferedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Password_Not_OfferedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.trust_password_not_offered(inputs)
	if (locale === "fr") return __fr.trust_password_not_offered(inputs)
	return __en.trust_password_not_offered(inputs)
});
/**
* | output |
* | --- |
* | "The server asked for your sign-in to be sent to {host}, which you have not signed in to." |
*
* @param {Trust_Token_ElsewhereInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_token_elsewhere = /** @type {((inputs: Trust_Token_ElsewhereInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Token_ElsewhereInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.trust_token_elsewhere(inputs)
	if (locale === "fr") return __fr.trust_token_elsewhere(inputs)
	return __en.trust_token_elsewhere(inputs)
});
/**
* | output |
* | --- |
* | "The server asked for your sign-in to be sent to a server, which you have not signed in to." |
*
* @param {Trust_Token_Elsewhere_UnnamedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_token_elsewhere_unnamed = /** @type {((inputs?: Trust_Token_Elsewhere_UnnamedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Token_Elsewhere_UnnamedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.trust_token_elsewhere_unnamed(inputs)
	if (locale === "fr") return __fr.trust_token_elsewhere_unnamed(inputs)
	return __en.trust_token_elsewhere_unnamed(inputs)
});
/**
* | output |
* | --- |
* | "{host} is not set up for Kerberos sign-in in your domain." |
*
* @param {Trust_Unknown_ServiceInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_unknown_service = /** @type {((inputs: Trust_Unknown_ServiceInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Unknown_ServiceInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.trust_unknown_service(inputs)
	if (locale === "fr") return __fr.trust_unknown_service(inputs)
	return __en.trust_unknown_service(inputs)
});
/**
* | output |
* | --- |
* | "The server pointed to {host}, which you have not signed in to." |
*
* @param {Trust_Untrusted_HostInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_untrusted_host = /** @type {((inputs: Trust_Untrusted_HostInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Untrusted_HostInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.trust_untrusted_host(inputs)
	if (locale === "fr") return __fr.trust_untrusted_host(inputs)
	return __en.trust_untrusted_host(inputs)
});
/**
* | output |
* | --- |
* | "The server pointed to a server, which you have not signed in to." |
*
* @param {Trust_Untrusted_Host_UnnamedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_untrusted_host_unnamed = /** @type {((inputs?: Trust_Untrusted_Host_UnnamedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Untrusted_Host_UnnamedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.trust_untrusted_host_unnamed(inputs)
	if (locale === "fr") return __fr.trust_untrusted_host_unnamed(inputs)
	return __en.trust_untrusted_host_unnamed(inputs)
});
/**
* | output |
* | --- |
* | "This server does not offer Windows sign-in." |
*
* @param {Trust_Windows_Not_OfferedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_windows_not_offered = /** @type {((inputs?: Trust_Windows_Not_OfferedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Windows_Not_OfferedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.trust_windows_not_offered(inputs)
	if (locale === "fr") return __fr.trust_windows_not_offered(inputs)
	return __en.trust_windows_not_offered(inputs)
});
/**
* | output |
* | --- |
* | "Another device" |
*
* @param {Words_By_Other_DeviceInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_by_other_device = /** @type {((inputs?: Words_By_Other_DeviceInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_By_Other_DeviceInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.words_by_other_device(inputs)
	if (locale === "fr") return __fr.words_by_other_device(inputs)
	return __en.words_by_other_device(inputs)
});
/**
* | output |
* | --- |
* | "You, in this app" |
*
* @param {Words_By_YouInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_by_you = /** @type {((inputs?: Words_By_YouInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_By_YouInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.words_by_you(inputs)
	if (locale === "fr") return __fr.words_by_you(inputs)
	return __en.words_by_you(inputs)
});
/**
* | output |
* | --- |
* | "Changed from another device: {change} (was {level})" |
*
* @param {Words_Changed_ElsewhereInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_changed_elsewhere = /** @type {((inputs: Words_Changed_ElsewhereInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_Changed_ElsewhereInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.words_changed_elsewhere(inputs)
	if (locale === "fr") return __fr.words_changed_elsewhere(inputs)
	return __en.words_changed_elsewhere(inputs)
});
/**
* | output |
* | --- |
* | "{name}'s level is no longer known" |
*
* @param {Words_Level_No_Longer_KnownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_level_no_longer_known = /** @type {((inputs: Words_Level_No_Longer_KnownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_Level_No_Longer_KnownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.words_level_no_longer_known(inputs)
	if (locale === "fr") return __fr.words_level_no_longer_known(inputs)
	return __en.words_level_no_longer_known(inputs)
});
/**
* | output |
* | --- |
* | "{name}'s level is not known" |
*
* @param {Words_Level_Not_KnownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_level_not_known = /** @type {((inputs: Words_Level_Not_KnownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_Level_Not_KnownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.words_level_not_known(inputs)
	if (locale === "fr") return __fr.words_level_not_known(inputs)
	return __en.words_level_not_known(inputs)
});
/**
* | output |
* | --- |
* | "The network connection to the server dropped." |
*
* @param {Words_Network_DroppedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_network_dropped = /** @type {((inputs?: Words_Network_DroppedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_Network_DroppedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.words_network_dropped(inputs)
	if (locale === "fr") return __fr.words_network_dropped(inputs)
	return __en.words_network_dropped(inputs)
});
/**
* | output |
* | --- |
* | "{name} now sees {level} info" |
*
* @param {Words_Now_Sees_InfoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_now_sees_info = /** @type {((inputs: Words_Now_Sees_InfoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_Now_Sees_InfoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.words_now_sees_info(inputs)
	if (locale === "fr") return __fr.words_now_sees_info(inputs)
	return __en.words_now_sees_info(inputs)
});
/**
* | output |
* | --- |
* | "This computer is offline." |
*
* @param {Words_OfflineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_offline = /** @type {((inputs?: Words_OfflineInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_OfflineInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.words_offline(inputs)
	if (locale === "fr") return __fr.words_offline(inputs)
	return __en.words_offline(inputs)
});
/**
* | output |
* | --- |
* | "The server dropped the connection." |
*
* @param {Words_Server_DroppedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_server_dropped = /** @type {((inputs?: Words_Server_DroppedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_Server_DroppedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.words_server_dropped(inputs)
	if (locale === "fr") return __fr.words_server_dropped(inputs)
	return __en.words_server_dropped(inputs)
});
/**
* | output |
* | --- |
* | "{head} and {last}" |
*
* @param {Wsw_AndInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_and = /** @type {((inputs: Wsw_AndInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_AndInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_and(inputs)
	if (locale === "fr") return __fr.wsw_and(inputs)
	return __en.wsw_and(inputs)
});
/**
* | output |
* | --- |
* | "only your name and e-mail address, and they cannot reach you" |
*
* @param {Wsw_Basics_BlockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_basics_blocked = /** @type {((inputs?: Wsw_Basics_BlockedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Basics_BlockedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_basics_blocked(inputs)
	if (locale === "fr") return __fr.wsw_basics_blocked(inputs)
	return __en.wsw_basics_blocked(inputs)
});
/**
* | output |
* | --- |
* | "your name, title, e-mail, company, office, picture" |
*
* @param {Wsw_Basics_CardInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_basics_card = /** @type {((inputs?: Wsw_Basics_CardInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Basics_CardInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_basics_card(inputs)
	if (locale === "fr") return __fr.wsw_basics_card(inputs)
	return __en.wsw_basics_card(inputs)
});
/**
* | output |
* | --- |
* | "what the server allows: it did not say which level applies" |
*
* @param {Wsw_Basics_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_basics_unknown = /** @type {((inputs?: Wsw_Basics_UnknownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Basics_UnknownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_basics_unknown(inputs)
	if (locale === "fr") return __fr.wsw_basics_unknown(inputs)
	return __en.wsw_basics_unknown(inputs)
});
/**
* | output |
* | --- |
* | "your contact card" |
*
* @param {Wsw_Contact_CardInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_contact_card = /** @type {((inputs?: Wsw_Contact_CardInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Contact_CardInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_contact_card(inputs)
	if (locale === "fr") return __fr.wsw_contact_card(inputs)
	return __en.wsw_contact_card(inputs)
});
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
export const wsw_contacts = /** @type {((inputs: Wsw_ContactsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_ContactsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_contacts(inputs)
	if (locale === "fr") return __fr.wsw_contacts(inputs)
	return __en.wsw_contacts(inputs)
});
/**
* | output |
* | --- |
* | "a way to reach you on Do Not Disturb" |
*
* @param {Wsw_Info_Dnd_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_dnd_label = /** @type {((inputs?: Wsw_Info_Dnd_LabelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Dnd_LabelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_dnd_label(inputs)
	if (locale === "fr") return __fr.wsw_info_dnd_label(inputs)
	return __en.wsw_info_dnd_label(inputs)
});
/**
* | output |
* | --- |
* | "Do Not Disturb" |
*
* @param {Wsw_Info_Dnd_ShortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_dnd_short = /** @type {((inputs?: Wsw_Info_Dnd_ShortInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Dnd_ShortInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_dnd_short(inputs)
	if (locale === "fr") return __fr.wsw_info_dnd_short(inputs)
	return __en.wsw_info_dnd_short(inputs)
});
/**
* | output |
* | --- |
* | "when you are free or busy" |
*
* @param {Wsw_Info_Free_Busy_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_free_busy_label = /** @type {((inputs?: Wsw_Info_Free_Busy_LabelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Free_Busy_LabelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_free_busy_label(inputs)
	if (locale === "fr") return __fr.wsw_info_free_busy_label(inputs)
	return __en.wsw_info_free_busy_label(inputs)
});
/**
* | output |
* | --- |
* | "when you are free or busy" |
*
* @param {Wsw_Info_Free_Busy_ListedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_free_busy_listed = /** @type {((inputs?: Wsw_Info_Free_Busy_ListedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Free_Busy_ListedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_free_busy_listed(inputs)
	if (locale === "fr") return __fr.wsw_info_free_busy_listed(inputs)
	return __en.wsw_info_free_busy_listed(inputs)
});
/**
* | output |
* | --- |
* | "free/busy" |
*
* @param {Wsw_Info_Free_Busy_ShortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_free_busy_short = /** @type {((inputs?: Wsw_Info_Free_Busy_ShortInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Free_Busy_ShortInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_free_busy_short(inputs)
	if (locale === "fr") return __fr.wsw_info_free_busy_short(inputs)
	return __en.wsw_info_free_busy_short(inputs)
});
/**
* | output |
* | --- |
* | "your home phone number" |
*
* @param {Wsw_Info_Home_Phone_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_home_phone_label = /** @type {((inputs?: Wsw_Info_Home_Phone_LabelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Home_Phone_LabelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_home_phone_label(inputs)
	if (locale === "fr") return __fr.wsw_info_home_phone_label(inputs)
	return __en.wsw_info_home_phone_label(inputs)
});
/**
* | output |
* | --- |
* | "home phone number" |
*
* @param {Wsw_Info_Home_Phone_ListedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_home_phone_listed = /** @type {((inputs?: Wsw_Info_Home_Phone_ListedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Home_Phone_ListedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_home_phone_listed(inputs)
	if (locale === "fr") return __fr.wsw_info_home_phone_listed(inputs)
	return __en.wsw_info_home_phone_listed(inputs)
});
/**
* | output |
* | --- |
* | "home phone" |
*
* @param {Wsw_Info_Home_Phone_ShortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_home_phone_short = /** @type {((inputs?: Wsw_Info_Home_Phone_ShortInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Home_Phone_ShortInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_home_phone_short(inputs)
	if (locale === "fr") return __fr.wsw_info_home_phone_short(inputs)
	return __en.wsw_info_home_phone_short(inputs)
});
/**
* | output |
* | --- |
* | "your location" |
*
* @param {Wsw_Info_Location_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_location_label = /** @type {((inputs?: Wsw_Info_Location_LabelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Location_LabelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_location_label(inputs)
	if (locale === "fr") return __fr.wsw_info_location_label(inputs)
	return __en.wsw_info_location_label(inputs)
});
/**
* | output |
* | --- |
* | "location" |
*
* @param {Wsw_Info_Location_ListedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_location_listed = /** @type {((inputs?: Wsw_Info_Location_ListedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Location_ListedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_location_listed(inputs)
	if (locale === "fr") return __fr.wsw_info_location_listed(inputs)
	return __en.wsw_info_location_listed(inputs)
});
/**
* | output |
* | --- |
* | "location" |
*
* @param {Wsw_Info_Location_ShortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_location_short = /** @type {((inputs?: Wsw_Info_Location_ShortInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Location_ShortInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_location_short(inputs)
	if (locale === "fr") return __fr.wsw_info_location_short(inputs)
	return __en.wsw_info_location_short(inputs)
});
/**
* | output |
* | --- |
* | "your meeting locations" |
*
* @param {Wsw_Info_Meeting_Locations_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_meeting_locations_label = /** @type {((inputs?: Wsw_Info_Meeting_Locations_LabelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Meeting_Locations_LabelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_meeting_locations_label(inputs)
	if (locale === "fr") return __fr.wsw_info_meeting_locations_label(inputs)
	return __en.wsw_info_meeting_locations_label(inputs)
});
/**
* | output |
* | --- |
* | "meeting locations" |
*
* @param {Wsw_Info_Meeting_Locations_ListedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_meeting_locations_listed = /** @type {((inputs?: Wsw_Info_Meeting_Locations_ListedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Meeting_Locations_ListedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_meeting_locations_listed(inputs)
	if (locale === "fr") return __fr.wsw_info_meeting_locations_listed(inputs)
	return __en.wsw_info_meeting_locations_listed(inputs)
});
/**
* | output |
* | --- |
* | "meeting locations" |
*
* @param {Wsw_Info_Meeting_Locations_ShortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_meeting_locations_short = /** @type {((inputs?: Wsw_Info_Meeting_Locations_ShortInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Meeting_Locations_ShortInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_meeting_locations_short(inputs)
	if (locale === "fr") return __fr.wsw_info_meeting_locations_short(inputs)
	return __en.wsw_info_meeting_locations_short(inputs)
});
/**
* | output |
* | --- |
* | "your meeting subjects" |
*
* @param {Wsw_Info_Meeting_Subjects_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_meeting_subjects_label = /** @type {((inputs?: Wsw_Info_Meeting_Subjects_LabelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Meeting_Subjects_LabelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_meeting_subjects_label(inputs)
	if (locale === "fr") return __fr.wsw_info_meeting_subjects_label(inputs)
	return __en.wsw_info_meeting_subjects_label(inputs)
});
/**
* | output |
* | --- |
* | "meeting subjects" |
*
* @param {Wsw_Info_Meeting_Subjects_ListedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_meeting_subjects_listed = /** @type {((inputs?: Wsw_Info_Meeting_Subjects_ListedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Meeting_Subjects_ListedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_meeting_subjects_listed(inputs)
	if (locale === "fr") return __fr.wsw_info_meeting_subjects_listed(inputs)
	return __en.wsw_info_meeting_subjects_listed(inputs)
});
/**
* | output |
* | --- |
* | "meeting subjects" |
*
* @param {Wsw_Info_Meeting_Subjects_ShortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_meeting_subjects_short = /** @type {((inputs?: Wsw_Info_Meeting_Subjects_ShortInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Meeting_Subjects_ShortInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_meeting_subjects_short(inputs)
	if (locale === "fr") return __fr.wsw_info_meeting_subjects_short(inputs)
	return __en.wsw_info_meeting_subjects_short(inputs)
});
/**
* | output |
* | --- |
* | "your mobile phone number" |
*
* @param {Wsw_Info_Mobile_Phone_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_mobile_phone_label = /** @type {((inputs?: Wsw_Info_Mobile_Phone_LabelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Mobile_Phone_LabelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_mobile_phone_label(inputs)
	if (locale === "fr") return __fr.wsw_info_mobile_phone_label(inputs)
	return __en.wsw_info_mobile_phone_label(inputs)
});
/**
* | output |
* | --- |
* | "mobile phone number" |
*
* @param {Wsw_Info_Mobile_Phone_ListedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_mobile_phone_listed = /** @type {((inputs?: Wsw_Info_Mobile_Phone_ListedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Mobile_Phone_ListedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_mobile_phone_listed(inputs)
	if (locale === "fr") return __fr.wsw_info_mobile_phone_listed(inputs)
	return __en.wsw_info_mobile_phone_listed(inputs)
});
/**
* | output |
* | --- |
* | "mobile phone" |
*
* @param {Wsw_Info_Mobile_Phone_ShortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_mobile_phone_short = /** @type {((inputs?: Wsw_Info_Mobile_Phone_ShortInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Mobile_Phone_ShortInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_mobile_phone_short(inputs)
	if (locale === "fr") return __fr.wsw_info_mobile_phone_short(inputs)
	return __en.wsw_info_mobile_phone_short(inputs)
});
/**
* | output |
* | --- |
* | "your note and out-of-office message" |
*
* @param {Wsw_Info_Note_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_note_label = /** @type {((inputs?: Wsw_Info_Note_LabelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Note_LabelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_note_label(inputs)
	if (locale === "fr") return __fr.wsw_info_note_label(inputs)
	return __en.wsw_info_note_label(inputs)
});
/**
* | output |
* | --- |
* | "note and out-of-office message" |
*
* @param {Wsw_Info_Note_ListedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_note_listed = /** @type {((inputs?: Wsw_Info_Note_ListedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Note_ListedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_note_listed(inputs)
	if (locale === "fr") return __fr.wsw_info_note_listed(inputs)
	return __en.wsw_info_note_listed(inputs)
});
/**
* | output |
* | --- |
* | "note" |
*
* @param {Wsw_Info_Note_ShortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_note_short = /** @type {((inputs?: Wsw_Info_Note_ShortInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Note_ShortInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_note_short(inputs)
	if (locale === "fr") return __fr.wsw_info_note_short(inputs)
	return __en.wsw_info_note_short(inputs)
});
/**
* | output |
* | --- |
* | "your other phone number" |
*
* @param {Wsw_Info_Other_Phone_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_other_phone_label = /** @type {((inputs?: Wsw_Info_Other_Phone_LabelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Other_Phone_LabelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_other_phone_label(inputs)
	if (locale === "fr") return __fr.wsw_info_other_phone_label(inputs)
	return __en.wsw_info_other_phone_label(inputs)
});
/**
* | output |
* | --- |
* | "other phone number" |
*
* @param {Wsw_Info_Other_Phone_ListedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_other_phone_listed = /** @type {((inputs?: Wsw_Info_Other_Phone_ListedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Other_Phone_ListedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_other_phone_listed(inputs)
	if (locale === "fr") return __fr.wsw_info_other_phone_listed(inputs)
	return __en.wsw_info_other_phone_listed(inputs)
});
/**
* | output |
* | --- |
* | "other phone" |
*
* @param {Wsw_Info_Other_Phone_ShortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_other_phone_short = /** @type {((inputs?: Wsw_Info_Other_Phone_ShortInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Other_Phone_ShortInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_other_phone_short(inputs)
	if (locale === "fr") return __fr.wsw_info_other_phone_short(inputs)
	return __en.wsw_info_other_phone_short(inputs)
});
/**
* | output |
* | --- |
* | "your presence (Available, Busy, Away…)" |
*
* @param {Wsw_Info_Presence_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_presence_label = /** @type {((inputs?: Wsw_Info_Presence_LabelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Presence_LabelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_presence_label(inputs)
	if (locale === "fr") return __fr.wsw_info_presence_label(inputs)
	return __en.wsw_info_presence_label(inputs)
});
/**
* | output |
* | --- |
* | "presence" |
*
* @param {Wsw_Info_Presence_ListedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_presence_listed = /** @type {((inputs?: Wsw_Info_Presence_ListedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Presence_ListedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_presence_listed(inputs)
	if (locale === "fr") return __fr.wsw_info_presence_listed(inputs)
	return __en.wsw_info_presence_listed(inputs)
});
/**
* | output |
* | --- |
* | "presence" |
*
* @param {Wsw_Info_Presence_ShortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_presence_short = /** @type {((inputs?: Wsw_Info_Presence_ShortInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Presence_ShortInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_info_presence_short(inputs)
	if (locale === "fr") return __fr.wsw_info_presence_short(inputs)
	return __en.wsw_info_presence_short(inputs)
});
/**
* | output |
* | --- |
* | "What each of your contacts can see about you, from the relationship you have with them. Moving people down a level shows them less; Undo brings them back." |
*
* @param {Wsw_IntroInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_intro = /** @type {((inputs?: Wsw_IntroInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_IntroInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_intro(inputs)
	if (locale === "fr") return __fr.wsw_intro(inputs)
	return __en.wsw_intro(inputs)
});
/**
* | output |
* | --- |
* | "{count} {level}" |
*
* @param {Wsw_Level_CountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_level_count = /** @type {((inputs: Wsw_Level_CountInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Level_CountInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_level_count(inputs)
	if (locale === "fr") return __fr.wsw_level_count(inputs)
	return __en.wsw_level_count(inputs)
});
/**
* | output |
* | --- |
* | "The server did not say which level applies." |
*
* @param {Wsw_Level_Not_SaidInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_level_not_said = /** @type {((inputs?: Wsw_Level_Not_SaidInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Level_Not_SaidInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_level_not_said(inputs)
	if (locale === "fr") return __fr.wsw_level_not_said(inputs)
	return __en.wsw_level_not_said(inputs)
});
/**
* | output |
* | --- |
* | "Sees only your name and e-mail address, and cannot reach you." |
*
* @param {Wsw_Line_BlockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_line_blocked = /** @type {((inputs?: Wsw_Line_BlockedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Line_BlockedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_line_blocked(inputs)
	if (locale === "fr") return __fr.wsw_line_blocked(inputs)
	return __en.wsw_line_blocked(inputs)
});
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
export const wsw_more = /** @type {((inputs: Wsw_MoreInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_MoreInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_more(inputs)
	if (locale === "fr") return __fr.wsw_more(inputs)
	return __en.wsw_more(inputs)
});
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
export const wsw_move_down = /** @type {((inputs: Wsw_Move_DownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Move_DownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_move_down(inputs)
	if (locale === "fr") return __fr.wsw_move_down(inputs)
	return __en.wsw_move_down(inputs)
});
/**
* | output |
* | --- |
* | "Nobody" |
*
* @param {Wsw_NobodyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_nobody = /** @type {((inputs?: Wsw_NobodyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_NobodyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_nobody(inputs)
	if (locale === "fr") return __fr.wsw_nobody(inputs)
	return __en.wsw_nobody(inputs)
});
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
export const wsw_people = /** @type {((inputs: Wsw_PeopleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_PeopleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_people(inputs)
	if (locale === "fr") return __fr.wsw_people(inputs)
	return __en.wsw_people(inputs)
});
/**
* | output |
* | --- |
* | "Can reach you on Do Not Disturb." |
*
* @param {Wsw_Reach_DndInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_reach_dnd = /** @type {((inputs?: Wsw_Reach_DndInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Reach_DndInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_reach_dnd(inputs)
	if (locale === "fr") return __fr.wsw_reach_dnd(inputs)
	return __en.wsw_reach_dnd(inputs)
});
/**
* | output |
* | --- |
* | "Seen by {levels}" |
*
* @param {Wsw_Seen_ByInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_seen_by = /** @type {((inputs: Wsw_Seen_ByInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Seen_ByInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_seen_by(inputs)
	if (locale === "fr") return __fr.wsw_seen_by(inputs)
	return __en.wsw_seen_by(inputs)
});
/**
* | output |
* | --- |
* | "Sees {items}." |
*
* @param {Wsw_SeesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_sees = /** @type {((inputs: Wsw_SeesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_SeesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_sees(inputs)
	if (locale === "fr") return __fr.wsw_sees(inputs)
	return __en.wsw_sees(inputs)
});
/**
* | output |
* | --- |
* | "Only your name and e-mail address; cannot reach you." |
*
* @param {Wsw_Short_BlockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_short_blocked = /** @type {((inputs?: Wsw_Short_BlockedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Short_BlockedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_short_blocked(inputs)
	if (locale === "fr") return __fr.wsw_short_blocked(inputs)
	return __en.wsw_short_blocked(inputs)
});
/**
* | output |
* | --- |
* | "Who sees what" |
*
* @param {Wsw_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_title = /** @type {((inputs?: Wsw_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_title(inputs)
	if (locale === "fr") return __fr.wsw_title(inputs)
	return __en.wsw_title(inputs)
});
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
export const wsw_unknown = /** @type {((inputs: Wsw_UnknownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_UnknownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_unknown(inputs)
	if (locale === "fr") return __fr.wsw_unknown(inputs)
	return __en.wsw_unknown(inputs)
});
/**
* | output |
* | --- |
* | "Who" |
*
* @param {Wsw_WhoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_who = /** @type {((inputs?: Wsw_WhoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_WhoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return __de.wsw_who(inputs)
	if (locale === "fr") return __fr.wsw_who(inputs)
	return __en.wsw_who(inputs)
});