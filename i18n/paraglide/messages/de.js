/* eslint-disable */
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
import * as registry from "../registry.js"


export const activity_added = /** @type {(inputs: Activity_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zu Ihren Kontakten hinzugefügt`)
};

export const activity_any_level = /** @type {(inputs: Activity_Any_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle Stufen`)
};

export const activity_anyone = /** @type {(inputs: Activity_AnyoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle`)
};

export const activity_away_changed = /** @type {(inputs: Activity_Away_ChangedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} Beziehung wurde ${i?.between} geändert.`);
	return /** @type {LocalizedString} */ (`${shown} Beziehungen wurden ${i?.between} geändert.`)
	
};

export const activity_by = /** @type {(inputs: Activity_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Von`)
};

export const activity_cannot_change = /** @type {(inputs: Activity_Cannot_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kann nicht geändert werden`)
};

export const activity_caption = /** @type {(inputs: Activity_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beziehungsänderungen, neueste zuerst`)
};

export const activity_change = /** @type {(inputs: Activity_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Änderung`)
};

export const activity_changed_by = /** @type {(inputs: Activity_Changed_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geändert von`)
};

export const activity_contact = /** @type {(inputs: Activity_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontakt`)
};

export const activity_csv_from = /** @type {(inputs: Activity_Csv_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Von`)
};

export const activity_csv_sip = /** @type {(inputs: Activity_Csv_SipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SIP-Adresse`)
};

export const activity_csv_to = /** @type {(inputs: Activity_Csv_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nach`)
};

export const activity_csv_when = /** @type {(inputs: Activity_Csv_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zeitpunkt (UTC)`)
};

export const activity_empty = /** @type {(inputs: Activity_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noch keine Beziehungsänderungen. Hier stehen die Änderungen, die Sie hier oder auf einem anderen Gerät oder Client vornehmen.`)
};

export const activity_export = /** @type {(inputs: Activity_ExportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Als CSV exportieren`)
};

export const activity_filter_contact = /** @type {(inputs: Activity_Filter_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nach Kontakt filtern`)
};

export const activity_filters = /** @type {(inputs: Activity_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aktivität filtern`)
};

export const activity_is_level = /** @type {(inputs: Activity_Is_LevelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bereits ${i?.level}`)
};

export const activity_level = /** @type {(inputs: Activity_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stufe`)
};

export const activity_no_match = /** @type {(inputs: Activity_No_MatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keine Änderungen entsprechen dem Filter.`)
};

export const activity_not_in_list = /** @type {(inputs: Activity_Not_In_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nicht in Ihrer Liste`)
};

export const activity_removed = /** @type {(inputs: Activity_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Aus Ihren Kontakten entfernt (vorher ${i?.level})`)
};

export const activity_revert = /** @type {(inputs: Activity_RevertInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zurücksetzen`)
};

export const activity_revert_label = /** @type {(inputs: Activity_Revert_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} auf ${i?.level} zurücksetzen`)
};

export const activity_show_all = /** @type {(inputs: Activity_Show_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle Änderungen anzeigen`)
};

export const activity_title = /** @type {(inputs: Activity_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aktivität`)
};

export const activity_to = /** @type {(inputs: Activity_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nach`)
};

export const activity_was_unknown = /** @type {(inputs: Activity_Was_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`War nicht bekannt`)
};

export const activity_when = /** @type {(inputs: Activity_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wann`)
};

export const activity_while_away = /** @type {(inputs: Activity_While_AwayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Während Ihrer Abwesenheit`)
};

export const activity_while_away_heading = /** @type {(inputs: Activity_While_Away_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Während Ihrer Abwesenheit:`)
};

export const app_starting = /** @type {(inputs: App_StartingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wird gestartet…`)
};

export const app_user_demo = /** @type {(inputs: App_User_DemoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.user} · Demo`)
};

export const banner_error_heading = /** @type {(inputs: Banner_Error_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.heading}:`)
};

export const banner_next_try = /** @type {(inputs: Banner_Next_TryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nächster Versuch ${i?.when}.`)
};

export const banner_reconnecting = /** @type {(inputs: Banner_ReconnectingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.headline} Verbindung wird wiederhergestellt…`)
};

export const banner_retry_now = /** @type {(inputs: Banner_Retry_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jetzt erneut versuchen`)
};

export const banner_sign_in_again = /** @type {(inputs: Banner_Sign_In_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Erneut anmelden`)
};

export const banner_signed_out = /** @type {(inputs: Banner_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abgemeldet.`)
};

export const bulk_change = /** @type {(inputs: Bulk_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ändern`)
};

export const bulk_change_all_to = /** @type {(inputs: Bulk_Change_All_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle ändern auf`)
};

export const bulk_change_count = /** @type {(inputs: Bulk_Change_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} Kontakt ändern`);
	return /** @type {LocalizedString} */ (`${i?.n} Kontakte ändern`)
	
};

export const bulk_choose_level = /** @type {(inputs: Bulk_Choose_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stufe wählen…`)
};

export const bulk_clear = /** @type {(inputs: Bulk_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auswahl aufheben`)
};

export const bulk_level_count = /** @type {(inputs: Bulk_Level_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n} ${i?.level}`)
};

export const bulk_names_more = /** @type {(inputs: Bulk_Names_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.names} und ${i?.n} weitere Person`);
	return /** @type {LocalizedString} */ (`${i?.names} und ${i?.n} weitere Personen`)
	
};

export const bulk_now = /** @type {(inputs: Bulk_NowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Jetzt: ${i?.levels}.`)
};

export const bulk_offline = /** @type {(inputs: Bulk_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie können sie ändern, sobald die Verbindung besteht.`)
};

export const bulk_progress = /** @type {(inputs: Bulk_ProgressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done} von ${i?.total} werden geändert…`)
};

export const bulk_progress_label = /** @type {(inputs: Bulk_Progress_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Angewendete Änderungen`)
};

export const bulk_selected = /** @type {(inputs: Bulk_SelectedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} Kontakt ausgewählt`);
	return /** @type {LocalizedString} */ (`${i?.n} Kontakte ausgewählt`)
	
};

export const bulk_skipped = /** @type {(inputs: Bulk_SkippedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} Kontakt bleibt unverändert`);
	return /** @type {LocalizedString} */ (`${i?.n} Kontakte bleiben unverändert`)
	
};

export const card_can_use = /** @type {(inputs: Card_Can_UseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kann verwenden`)
};

export const card_company = /** @type {(inputs: Card_CompanyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Firma`)
};

export const card_department = /** @type {(inputs: Card_DepartmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abteilung`)
};

export const card_details_failed = /** @type {(inputs: Card_Details_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nicht alle Details konnten geladen werden: ${i?.reason}`)
};

export const card_email = /** @type {(inputs: Card_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-Mail`)
};

export const card_last_active = /** @type {(inputs: Card_Last_ActiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`· zuletzt aktiv ${i?.time}`)
};

export const card_location = /** @type {(inputs: Card_LocationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Standort`)
};

export const card_note = /** @type {(inputs: Card_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notiz:`)
};

export const card_note_out_of_office = /** @type {(inputs: Card_Note_Out_Of_OfficeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abwesend:`)
};

export const card_office = /** @type {(inputs: Card_OfficeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Büro`)
};

export const card_phone_home = /** @type {(inputs: Card_Phone_HomeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Telefon (privat)`)
};

export const card_phone_mobile = /** @type {(inputs: Card_Phone_MobileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mobiltelefon`)
};

export const card_phone_other = /** @type {(inputs: Card_Phone_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weiteres Telefon`)
};

export const card_phone_work = /** @type {(inputs: Card_Phone_WorkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Telefon (geschäftlich)`)
};

export const card_photo_of = /** @type {(inputs: Card_Photo_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Foto von ${i?.name}`)
};

export const card_sip_address = /** @type {(inputs: Card_Sip_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SIP-Adresse`)
};

export const card_source_network = /** @type {(inputs: Card_Source_NetworkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Herkunftsnetzwerk`)
};

export const channel_ended = /** @type {(inputs: Channel_EndedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat die Sitzung beendet.`)
};

export const channel_ended_agent_not_allowed = /** @type {(inputs: Channel_Ended_Agent_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server lässt diese App keine Verbindung herstellen.`)
};

export const channel_ended_expired = /** @type {(inputs: Channel_Ended_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Sitzung ist abgelaufen, weil lange kein Kontakt zum Server bestand.`)
};

export const channel_ended_too_many = /** @type {(inputs: Channel_Ended_Too_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie sind auf zu vielen Geräten angemeldet. Melden Sie sich auf einem anderen ab und versuchen Sie es erneut.`)
};

export const channel_network = /** @type {(inputs: Channel_NetworkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Netzwerk ist nicht verfügbar.`)
};

export const channel_not_understood = /** @type {(inputs: Channel_Not_UnderstoodInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat eine Antwort gesendet, die nicht verstanden werden konnte.`)
};

export const channel_outage_too_long = /** @type {(inputs: Channel_Outage_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Verbindung war zu lange unterbrochen.`)
};

export const channel_password_refused = /** @type {(inputs: Channel_Password_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server akzeptiert Ihr Passwort nicht mehr. Melden Sie sich erneut an.`)
};

export const channel_refused = /** @type {(inputs: Channel_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Server hat die Verbindung abgelehnt (HTTP ${i?.status}).`)
};

export const channel_server_error = /** @type {(inputs: Channel_Server_ErrorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Server hatte ein Problem (HTTP ${i?.status}).`)
};

export const channel_session_lost = /** @type {(inputs: Channel_Session_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server kennt diese Sitzung nicht mehr.`)
};

export const channel_sign_in_refused = /** @type {(inputs: Channel_Sign_In_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server lehnt unsere Anmeldung immer wieder ab.`)
};

export const channel_timeout = /** @type {(inputs: Channel_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat nicht rechtzeitig geantwortet.`)
};

export const channel_untrusted_certificate = /** @type {(inputs: Channel_Untrusted_CertificateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Sicherheitszertifikat des Servers konnte nicht überprüft werden, daher wurde keine Verbindung hergestellt.`)
};

export const channel_unusable_answer = /** @type {(inputs: Channel_Unusable_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat etwas gesendet, mit dem wir nichts anfangen können.`)
};

export const cli_commands = /** @type {(inputs: Cli_CommandsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Befehle:`)
};

export const cli_contacts_summary = /** @type {(inputs: Cli_Contacts_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personen suchen, zu einer Gruppe hinzufügen, aus einer oder allen entfernen`)
};

export const cli_contacts_values = /** @type {(inputs: Cli_Contacts_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--contacts muss eine ganze Zahl bis 100000 sein`)
};

export const cli_decode_summary = /** @type {(inputs: Cli_Decode_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`jede UCWA-Darstellung als normalisiertes Modell ausgeben`)
};

export const cli_format_values = /** @type {(inputs: Cli_Format_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--format muss json oder xml sein`)
};

export const cli_group_not_created = /** @type {(inputs: Cli_Group_Not_CreatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`„${i?.name}“ wurde nicht angelegt`)
};

export const cli_groups_summary = /** @type {(inputs: Cli_Groups_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontaktgruppen auflisten, anlegen, umbenennen oder löschen`)
};

export const cli_host_loopback = /** @type {(inputs: Cli_Host_LoopbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--host muss eine Loopback-Adresse sein (127.0.0.0/8, localhost oder ::1)`)
};

export const cli_level_now = /** @type {(inputs: Cli_Level_NowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(jetzt ${i?.level})`)
};

export const cli_level_values = /** @type {(inputs: Cli_Level_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LEVEL muss einer der folgenden Werte sein: ${i?.levels}`)
};

export const cli_limit_values = /** @type {(inputs: Cli_Limit_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--limit muss eine Zahl von 1 bis 100 sein`)
};

export const cli_neither_json_nor_xml = /** @type {(inputs: Cli_Neither_Json_Nor_XmlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`weder JSON noch XML`)
};

export const cli_no_password = /** @type {(inputs: Cli_No_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kein Passwort: --password-stdin verwenden oder UCWA_PASSWORD setzen`)
};

export const cli_no_such_group = /** @type {(inputs: Cli_No_Such_GroupInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`es gibt keine Gruppe „${i?.group}“`)
};

export const cli_not_in_contacts = /** @type {(inputs: Cli_Not_In_ContactsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.contact} ist nicht in Ihren Kontakten.`)
};

export const cli_not_tagged = /** @type {(inputs: Cli_Not_TaggedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.uri} ist nicht markiert`)
};

export const cli_password_cancelled = /** @type {(inputs: Cli_Password_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`abgebrochen`)
};

export const cli_password_line_too_long = /** @type {(inputs: Cli_Password_Line_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`die erste Zeile der Standardeingabe ist zu lang`)
};

export const cli_password_note = /** @type {(inputs: Cli_Password_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passwörter werden von der Standardeingabe gelesen (--password-stdin: im Terminal ohne Echo eingegeben, sonst die erste Zeile) oder aus der Umgebungsvariablen UCWA_PASSWORD, nie aus Argumenten. --verbose gibt das Protokoll-Log geschwärzt auf stderr aus.`)
};

export const cli_password_prompt = /** @type {(inputs: Cli_Password_PromptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passwort: `)
};

export const cli_password_unreadable = /** @type {(inputs: Cli_Password_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`das Passwort konnte nicht gelesen werden: ${i?.reason}`)
};

export const cli_port_values = /** @type {(inputs: Cli_Port_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--port muss zwischen 0 und 65535 liegen, angegeben: „${i?.port}“`)
};

export const cli_relationship_summary = /** @type {(inputs: Cli_Relationship_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`eine Stufe lesen, ändern oder zurücksetzen`)
};

export const cli_reset_done = /** @type {(inputs: Cli_Reset_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Auf automatisch zugewiesen zurückgesetzt: ${i?.sentence}.`)
};

export const cli_signed_out = /** @type {(inputs: Cli_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`abgemeldet`)
};

export const cli_sim_summary = /** @type {(inputs: Cli_Sim_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`den UCWA-Simulator starten (erste Zeile: JSON mit discoverUrl, user, password)`)
};

export const cli_state_damaged = /** @type {(inputs: Cli_State_DamagedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`die Zustandsdatei ${i?.path} konnte nicht gelesen werden, daher wird diesmal nichts verglichen; ab jetzt wird sie neu geschrieben`)
};

export const cli_state_option = /** @type {(inputs: Cli_State_OptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--state braucht einen Dateinamen`)
};

export const cli_tag_summary = /** @type {(inputs: Cli_Tag_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontakte für Statusbenachrichtigungen markieren, Markierungen entfernen, Markierte auflisten`)
};

export const cli_type_values = /** @type {(inputs: Cli_Type_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--type muss json oder xml sein`)
};

export const cli_unknown_command = /** @type {(inputs: Cli_Unknown_CommandInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`unbekannter Befehl „${i?.name}“`)
};

export const cli_usage = /** @type {(inputs: Cli_UsageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aufruf: npm run --silent ucwa -- <Befehl> [Optionen]`)
};

export const cli_usage_line = /** @type {(inputs: Cli_Usage_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Aufruf: ${i?.syntax}`)
};

export const cli_watch_summary = /** @type {(inputs: Cli_Watch_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`anmelden und Ereignisse als NDJSON ausgeben`)
};

export const contactlist_absent = /** @type {(inputs: Contactlist_AbsentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Server zeigt Apps keine Kontaktgruppen.`)
};

export const contactlist_already_in_group = /** @type {(inputs: Contactlist_Already_In_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diese Person ist bereits in dieser Gruppe.`)
};

export const contactlist_delegates_read_only = /** @type {(inputs: Contactlist_Delegates_Read_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stellvertretungen werden in Skype for Business oder Outlook festgelegt: Der Server bietet Apps keine Möglichkeit, sie zu ändern.`)
};

export const contactlist_duplicate_group = /** @type {(inputs: Contactlist_Duplicate_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Es gibt bereits eine Gruppe mit diesem Namen. Wählen Sie einen anderen Namen.`)
};

export const contactlist_failed = /** @type {(inputs: Contactlist_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Kontaktgruppen konnten nicht gelesen werden. Bei der nächsten Änderung wird es erneut versucht.`)
};

export const contactlist_full = /** @type {(inputs: Contactlist_FullInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Kontaktliste ist voll: Der Server erlaubt keine weiteren Kontakte. Entfernen Sie zuerst jemanden.`)
};

export const contactlist_group_changed = /** @type {(inputs: Contactlist_Group_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Gruppe wurde inzwischen anderswo geändert. Sie wurde neu geladen; versuchen Sie es erneut.`)
};

export const contactlist_member_not_in_group = /** @type {(inputs: Contactlist_Member_Not_In_GroupInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.uri} ist nicht in ${i?.group}.`)
};

export const contactlist_no_search = /** @type {(inputs: Contactlist_No_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Server bietet Apps keine Suche an.`)
};

export const contactlist_no_such_group = /** @type {(inputs: Contactlist_No_Such_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diese Gruppe ist nicht mehr in Ihrer Kontaktliste.`)
};

export const contactlist_only_own_groups = /** @type {(inputs: Contactlist_Only_Own_GroupsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nur Ihre eigenen Gruppen lassen sich umbenennen oder löschen: Favoriten, Andere Kontakte und die Gruppen, die der Server verwaltet, nicht.`)
};

export const contactlist_person_not_found = /** @type {(inputs: Contactlist_Person_Not_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.uri} wurde nicht gefunden; suchen Sie zuerst nach der Person.`)
};

export const contactlist_read_only = /** @type {(inputs: Contactlist_Read_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Server lässt Apps Ihre Kontaktliste nicht ändern (dafür braucht er den einheitlichen Kontaktspeicher), daher werden Hinzufügen, Entfernen und Gruppen hier nicht angeboten.`)
};

export const contacts_all_levels = /** @type {(inputs: Contacts_All_LevelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle Stufen`)
};

export const contacts_group_select_all = /** @type {(inputs: Contacts_Group_Select_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle auswählen`)
};

export const contacts_group_select_all_in = /** @type {(inputs: Contacts_Group_Select_All_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Alle ${i?.count} in ${i?.group} auswählen`)
};

export const contacts_jump = /** @type {(inputs: Contacts_JumpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Springen zu`)
};

export const contacts_jump_group = /** @type {(inputs: Contacts_Jump_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`einer Gruppe…`)
};

export const contacts_no_company = /** @type {(inputs: Contacts_No_CompanyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keine Firma`)
};

export const contacts_none_match = /** @type {(inputs: Contacts_None_MatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keine passenden Kontakte.`)
};

export const contacts_placeholder = /** @type {(inputs: Contacts_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wählen Sie einen Kontakt, um seine Details zu sehen und was er über Sie sieht. Mit Strg+Klick oder Umschalt+Klick wählen Sie mehrere aus und ändern sie gemeinsam; ein Rechtsklick auf einen Kontakt öffnet sein Menü.`)
};

export const contacts_row_saving = /** @type {(inputs: Contacts_Row_SavingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`wird gespeichert`)
};

export const contacts_row_selected = /** @type {(inputs: Contacts_Row_SelectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ausgewählt`)
};

export const contacts_search = /** @type {(inputs: Contacts_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontakte durchsuchen`)
};

export const contacts_search_hint = /** @type {(inputs: Contacts_Search_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nach Name, Position, E-Mail, Firma oder Abteilung suchen (Strg+F)`)
};

export const contacts_select_shown = /** @type {(inputs: Contacts_Select_ShownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Alle ${i?.n} auswählen`)
};

export const contacts_show_level = /** @type {(inputs: Contacts_Show_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stufe anzeigen`)
};

export const contacts_shown_of = /** @type {(inputs: Contacts_Shown_OfInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} Kontakt von ${i?.total}`);
	return /** @type {LocalizedString} */ (`${i?.n} Kontakte von ${i?.total}`)
	
};

export const contacts_sort = /** @type {(inputs: Contacts_SortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sortieren`)
};

export const contacts_sort_company = /** @type {(inputs: Contacts_Sort_CompanyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nach Firma`)
};

export const contacts_sort_last_change = /** @type {(inputs: Contacts_Sort_Last_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nach letzter Änderung`)
};

export const contacts_sort_level = /** @type {(inputs: Contacts_Sort_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nach Stufe`)
};

export const contacts_sort_name = /** @type {(inputs: Contacts_Sort_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nach Name`)
};

export const contacts_title = /** @type {(inputs: Contacts_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontakte`)
};

export const dialog_block = /** @type {(inputs: Dialog_BlockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Blockieren`)
};

export const dialog_block_body = /** @type {(inputs: Dialog_Block_BodyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.who} sieht über Skype for Business: ${i?.what}.`);
	return /** @type {LocalizedString} */ (`Jede dieser Personen sieht über Skype for Business: ${i?.what}.`)
	
};

export const dialog_block_title = /** @type {(inputs: Dialog_Block_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} blockieren?`)
};

export const dialog_cancel = /** @type {(inputs: Dialog_CancelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abbrechen`)
};

export const discovery_no_answer = /** @type {(inputs: Discovery_No_AnswerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Für ${i?.domain} hat kein Skype for Business-Server geantwortet. Versucht: ${i?.hosts}.`)
};

export const err_account_locked = /** @type {(inputs: Err_Account_LockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Konto ist gesperrt`)
};

export const err_address_format = /** @type {(inputs: Err_Address_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geben Sie Ihre Anmeldeadresse in der Form name@firma.com ein.`)
};

export const err_bad_server = /** @type {(inputs: Err_Bad_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diese Serveradresse kann die App nicht verwenden.`)
};

export const err_check_both = /** @type {(inputs: Err_Check_BothInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Überprüfen Sie beides und versuchen Sie es erneut. Die Anmeldeadresse ist meist Ihre geschäftliche E-Mail-Adresse.`)
};

export const err_forbidden = /** @type {(inputs: Err_ForbiddenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server erlaubt das nicht`)
};

export const err_insecure_url = /** @type {(inputs: Err_Insecure_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Serveradresse ist nicht sicher`)
};

export const err_invalid_argument = /** @type {(inputs: Err_Invalid_ArgumentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte überprüfen Sie Ihre Eingabe`)
};

export const err_invalid_grant = /** @type {(inputs: Err_Invalid_GrantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Falsche Anmeldeadresse oder falsches Kennwort`)
};

export const err_network = /** @type {(inputs: Err_NetworkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server ist nicht erreichbar`)
};

export const err_no_answer = /** @type {(inputs: Err_No_AnswerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die App hat nicht geantwortet (${i?.reason}).`)
};

export const err_no_keyring = /** @type {(inputs: Err_No_KeyringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Kennwort kann auf diesem Computer nicht gespeichert werden`)
};

export const err_not_available = /** @type {(inputs: Err_Not_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zurzeit nicht verfügbar`)
};

export const err_not_signed_in = /** @type {(inputs: Err_Not_Signed_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie sind abgemeldet`)
};

export const err_password_too_long = /** @type {(inputs: Err_Password_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Kennwort ist zu lang.`)
};

export const err_server_not_found = /** @type {(inputs: Err_Server_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server nicht gefunden`)
};

export const err_service_failure = /** @type {(inputs: Err_Service_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auf dem Server ist ein Problem aufgetreten`)
};

export const err_timeout = /** @type {(inputs: Err_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat nicht rechtzeitig geantwortet`)
};

export const err_tls = /** @type {(inputs: Err_TlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dem Zertifikat des Servers wird nicht vertraut`)
};

export const err_unknown = /** @type {(inputs: Err_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Etwas ist schiefgelaufen`)
};

export const err_untrusted_host = /** @type {(inputs: Err_Untrusted_HostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat auf eine andere Adresse verwiesen`)
};

export const error_aborted = /** @type {(inputs: Error_AbortedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Anfrage wurde abgebrochen.`)
};

export const error_account_locked = /** @type {(inputs: Error_Account_LockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Konto ist gesperrt oder deaktiviert. Wenden Sie sich an Ihre IT-Abteilung.`)
};

export const error_bad_request = /** @type {(inputs: Error_Bad_RequestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat die Anfrage als ungültig abgelehnt.`)
};

export const error_certificate_authority = /** @type {(inputs: Error_Certificate_AuthorityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Es wurde von einer Zertifizierungsstelle ausgestellt, der dieser Computer nicht vertraut; Ihre IT-Abteilung kann sie zu den vertrauenswürdigen hinzufügen.`)
};

export const error_certificate_date = /** @type {(inputs: Error_Certificate_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Es ist abgelaufen oder noch nicht gültig; prüfen Sie Datum und Uhrzeit dieses Computers.`)
};

export const error_certificate_name = /** @type {(inputs: Error_Certificate_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Es wurde für einen anderen Servernamen ausgestellt.`)
};

export const error_certificate_revoked = /** @type {(inputs: Error_Certificate_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Es wurde widerrufen.`)
};

export const error_client_timeout = /** @type {(inputs: Error_Client_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Senden der Anfrage hat zu lange gedauert. Versuchen Sie es erneut.`)
};

export const error_conflict = /** @type {(inputs: Error_ConflictInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Änderung widerspricht dem aktuellen Stand auf dem Server. Versuchen Sie es erneut.`)
};

export const error_contact_not_in_list = /** @type {(inputs: Error_Contact_Not_In_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Kontakt ist nicht in Ihrer Liste.`)
};

export const error_entity_too_large = /** @type {(inputs: Error_Entity_Too_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Anfrage war zu groß für den Server.`)
};

export const error_exchange_service_failure = /** @type {(inputs: Error_Exchange_Service_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server konnte Exchange nicht erreichen. Versuchen Sie es später erneut.`)
};

export const error_forbidden = /** @type {(inputs: Error_ForbiddenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das dürfen Sie nicht.`)
};

export const error_foreign_sender = /** @type {(inputs: Error_Foreign_SenderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diese Anfrage kam nicht von UCWA Tray.`)
};

export const error_gateway_timeout = /** @type {(inputs: Error_Gateway_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein Server auf dem Weg hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.`)
};

export const error_gone = /** @type {(inputs: Error_GoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Sitzung ist beendet. Melden Sie sich erneut an.`)
};

export const error_http_error = /** @type {(inputs: Error_Http_ErrorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat mit einem unerwarteten Fehler geantwortet.`)
};

export const error_informational = /** @type {(inputs: Error_InformationalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat einen Hinweis gesendet.`)
};

export const error_insecure_url = /** @type {(inputs: Error_Insecure_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Serveradresse ist nicht sicher (https ist erforderlich), daher wurde sie nicht verwendet.`)
};

export const error_internal = /** @type {(inputs: Error_InternalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Etwas ist schiefgelaufen. Versuchen Sie es erneut.`)
};

export const error_invalid_grant = /** @type {(inputs: Error_Invalid_GrantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Benutzername oder Passwort ist falsch.`)
};

export const error_invalid_request = /** @type {(inputs: Error_Invalid_RequestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ungültige Anfrage (${i?.detail}).`)
};

export const error_local_failure = /** @type {(inputs: Error_Local_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Vorgang ist auf diesem Computer fehlgeschlagen.`)
};

export const error_malformed_response = /** @type {(inputs: Error_Malformed_ResponseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat eine Antwort gesendet, die nicht verstanden werden konnte.`)
};

export const error_method_not_allowed = /** @type {(inputs: Error_Method_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server erlaubt diesen Vorgang nicht.`)
};

export const error_network = /** @type {(inputs: Error_NetworkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server ist nicht erreichbar. Prüfen Sie Ihre Netzwerkverbindung.`)
};

export const error_no_answer_for_change = /** @type {(inputs: Error_No_Answer_For_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat auf diese Änderung nicht geantwortet. Versuchen Sie es erneut.`)
};

export const error_not_acceptable = /** @type {(inputs: Error_Not_AcceptableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server kann nicht im angeforderten Format antworten.`)
};

export const error_not_available = /** @type {(inputs: Error_Not_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server bietet diesen Vorgang für diesen Kontakt nicht an.`)
};

export const error_not_found = /** @type {(inputs: Error_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Element ist auf dem Server nicht mehr vorhanden.`)
};

export const error_precondition_failed = /** @type {(inputs: Error_Precondition_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jemand anderes hat das inzwischen geändert. Der aktuelle Wert wurde neu geladen.`)
};

export const error_precondition_required = /** @type {(inputs: Error_Precondition_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server verlangt vor einer Änderung die aktuelle Version. Laden Sie neu und versuchen Sie es erneut.`)
};

export const error_remote_failure = /** @type {(inputs: Error_Remote_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Gegenseite konnte den Vorgang nicht abschließen.`)
};

export const error_response_too_large = /** @type {(inputs: Error_Response_Too_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat eine Antwort gesendet, die weit größer ist als jede echte, daher wurde sie nicht gelesen.`)
};

export const error_server_not_found = /** @type {(inputs: Error_Server_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Für diese Adresse wurde kein Skype for Business-Server gefunden.`)
};

export const error_service_failure = /** @type {(inputs: Error_Service_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auf dem Server ist ein interner Fehler aufgetreten. Versuchen Sie es später erneut.`)
};

export const error_service_unavailable = /** @type {(inputs: Error_Service_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server ist vorübergehend nicht verfügbar. Versuchen Sie es später erneut.`)
};

export const error_something_went_wrong = /** @type {(inputs: Error_Something_Went_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Etwas ist schiefgelaufen.`)
};

export const error_timeout = /** @type {(inputs: Error_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat zu lange für die Antwort gebraucht. Versuchen Sie es gleich noch einmal.`)
};

export const error_tls = /** @type {(inputs: Error_TlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Sicherheitszertifikat des Servers konnte nicht überprüft werden, daher wurde keine Verbindung hergestellt.`)
};

export const error_too_many_applications = /** @type {(inputs: Error_Too_Many_ApplicationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie sind auf zu vielen Geräten angemeldet. Melden Sie sich auf einem anderen ab und versuchen Sie es erneut.`)
};

export const error_too_many_requests = /** @type {(inputs: Error_Too_Many_RequestsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server ist ausgelastet. Versuchen Sie es gleich noch einmal.`)
};

export const error_unauthorized = /** @type {(inputs: Error_UnauthorizedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat Ihre Anmeldung nicht akzeptiert. Melden Sie sich erneut an.`)
};

export const error_unknown_request = /** @type {(inputs: Error_Unknown_RequestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unbekannte Anfrage.`)
};

export const error_unsupported_media_type = /** @type {(inputs: Error_Unsupported_Media_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat das Format der Anfrage nicht akzeptiert.`)
};

export const feedback_and_more = /** @type {(inputs: Feedback_And_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`und ${i?.n} weitere Person`);
	return /** @type {LocalizedString} */ (`und ${i?.n} weitere Personen`)
	
};

export const feedback_dismiss = /** @type {(inputs: Feedback_DismissInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Schließen`)
};

export const feedback_not_changed = /** @type {(inputs: Feedback_Not_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wer nicht geändert wurde`)
};

export const feedback_show = /** @type {(inputs: Feedback_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anzeigen`)
};

export const feedback_undo = /** @type {(inputs: Feedback_UndoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rückgängig`)
};

export const format_between = /** @type {(inputs: Format_BetweenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`zwischen ${i?.from} und ${i?.to}`)
};

export const format_changed_between = /** @type {(inputs: Format_Changed_BetweenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`geändert ${i?.between}`)
};

export const format_contacts = /** @type {(inputs: Format_ContactsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} Kontakt`);
	return /** @type {LocalizedString} */ (`${i?.n} Kontakte`)
	
};

export const format_countdown_minutes = /** @type {(inputs: Format_Countdown_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`in ${i?.n} Min.`)
};

export const format_countdown_now = /** @type {(inputs: Format_Countdown_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`jetzt`)
};

export const format_countdown_seconds = /** @type {(inputs: Format_Countdown_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`in ${i?.n} s`)
};

export const format_hours_ago = /** @type {(inputs: Format_Hours_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`vor ${i?.n} Std.`)
};

export const format_just_now = /** @type {(inputs: Format_Just_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`gerade eben`)
};

export const format_minutes_ago = /** @type {(inputs: Format_Minutes_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`vor ${i?.n} Min.`)
};

export const format_modality_audio = /** @type {(inputs: Format_Modality_AudioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Audioanrufe`)
};

export const format_modality_messaging = /** @type {(inputs: Format_Modality_MessagingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chatnachrichten`)
};

export const format_modality_phone_audio = /** @type {(inputs: Format_Modality_Phone_AudioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Telefonanrufe`)
};

export const format_modality_video = /** @type {(inputs: Format_Modality_VideoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Video`)
};

export const format_source_federated = /** @type {(inputs: Format_Source_FederatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verbunden (eine andere Organisation)`)
};

export const format_source_public_cloud = /** @type {(inputs: Format_Source_Public_CloudInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öffentliches IM-Netzwerk`)
};

export const format_source_same_enterprise = /** @type {(inputs: Format_Source_Same_EnterpriseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Organisation`)
};

export const format_step_authenticating = /** @type {(inputs: Format_Step_AuthenticatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmeldung`)
};

export const format_step_creating_application = /** @type {(inputs: Format_Step_Creating_ApplicationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sitzung wird geöffnet`)
};

export const format_step_discovering = /** @type {(inputs: Format_Step_DiscoveringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server wird gesucht`)
};

export const format_step_loading_contacts = /** @type {(inputs: Format_Step_Loading_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontakte werden geladen`)
};

export const format_step_loading_count = /** @type {(inputs: Format_Step_Loading_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} Kontakt wird geladen`);
	return /** @type {LocalizedString} */ (`${i?.n} Kontakte werden geladen`)
	
};

export const format_yesterday = /** @type {(inputs: Format_YesterdayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`gestern`)
};

export const groups_add = /** @type {(inputs: Groups_AddInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} hinzufügen`)
};

export const groups_add_to = /** @type {(inputs: Groups_Add_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hinzufügen zu`)
};

export const groups_create = /** @type {(inputs: Groups_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gruppe erstellen`)
};

export const groups_delegates_note = /** @type {(inputs: Groups_Delegates_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In Skype for Business festgelegt: Der Server bietet Apps keine Möglichkeit, sie zu ändern.`)
};

export const groups_delegates_title = /** @type {(inputs: Groups_Delegates_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stellvertretungen`)
};

export const groups_delete = /** @type {(inputs: Groups_DeleteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} löschen`)
};

export const groups_distribution = /** @type {(inputs: Groups_DistributionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verteilerliste`)
};

export const groups_favorites = /** @type {(inputs: Groups_FavoritesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Favoriten`)
};

export const groups_find_title = /** @type {(inputs: Groups_Find_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personen suchen`)
};

export const groups_in_contacts = /** @type {(inputs: Groups_In_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In Ihren Kontakten`)
};

export const groups_level = /** @type {(inputs: Groups_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stufe`)
};

export const groups_list_title = /** @type {(inputs: Groups_List_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Gruppen`)
};

export const groups_managed_for = /** @type {(inputs: Groups_Managed_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personen, für die ich Anrufe verwalte`)
};

export const groups_members_unread = /** @type {(inputs: Groups_Members_UnreadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Mitglieder konnten nicht gelesen werden: ${i?.reason}`)
};

export const groups_more_results = /** @type {(inputs: Groups_More_ResultsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weitere Personen passen: Geben Sie mehr vom Namen ein.`)
};

export const groups_my_delegates = /** @type {(inputs: Groups_My_DelegatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meine Stellvertretungen`)
};

export const groups_my_organization = /** @type {(inputs: Groups_My_OrganizationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meine Organisation`)
};

export const groups_name_or_email = /** @type {(inputs: Groups_Name_Or_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Name oder E-Mail`)
};

export const groups_new_group = /** @type {(inputs: Groups_New_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neue Gruppe`)
};

export const groups_new_name = /** @type {(inputs: Groups_New_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neuer Name`)
};

export const groups_no_members = /** @type {(inputs: Groups_No_MembersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keine Mitglieder.`)
};

export const groups_no_tags = /** @type {(inputs: Groups_No_TagsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Niemand ist markiert. Markieren Sie jemanden, um informiert zu werden, wenn die Person verfügbar wird.`)
};

export const groups_none = /** @type {(inputs: Groups_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keine`)
};

export const groups_other_contacts = /** @type {(inputs: Groups_Other_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weitere Kontakte`)
};

export const groups_reading_members = /** @type {(inputs: Groups_Reading_MembersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mitglieder werden gelesen …`)
};

export const groups_remove_from = /** @type {(inputs: Groups_Remove_FromInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Aus ${i?.group} entfernen`)
};

export const groups_rename = /** @type {(inputs: Groups_RenameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} umbenennen`)
};

export const groups_save = /** @type {(inputs: Groups_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Speichern`)
};

export const groups_search = /** @type {(inputs: Groups_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Suchen`)
};

export const groups_status_unknown = /** @type {(inputs: Groups_Status_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status noch nicht bekannt`)
};

export const groups_tag = /** @type {(inputs: Groups_TagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Für Benachrichtigungen markieren`)
};

export const groups_tags_title = /** @type {(inputs: Groups_Tags_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Für Statusbenachrichtigungen markiert`)
};

export const groups_title = /** @type {(inputs: Groups_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gruppen`)
};

export const groups_untag = /** @type {(inputs: Groups_UntagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Markierung entfernen`)
};

export const help_about_absent = /** @type {(inputs: Help_About_AbsentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Versionsangaben konnten nicht gelesen werden: ${i?.error}`)
};

export const help_about_title = /** @type {(inputs: Help_About_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Über UCWA Tray`)
};

export const help_account = /** @type {(inputs: Help_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Konto`)
};

export const help_auto_text = /** @type {(inputs: Help_Auto_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`„Beziehung automatisch zuweisen“ gibt einem Kontakt die Stufe zurück, die der Server von sich aus vergibt: Kollegen für Personen in Ihrer Organisation, Externe Kontakte für alle anderen. Hat ein Kontakt die Stufe, die die automatische Zuweisung vergibt, zeigt die App „wie automatisch zugewiesen“. Der Server sagt nicht, ob Sie diese Stufe von Hand gewählt haben; daher behauptet die App nicht mehr als das.`)
};

export const help_auto_title = /** @type {(inputs: Help_Auto_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beziehung automatisch zuweisen`)
};

export const help_built_on = /** @type {(inputs: Help_Built_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Basiert auf`)
};

export const help_contacts_text = /** @type {(inputs: Help_Contacts_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zum Hinzufügen und Entfernen von Kontakten und Gruppen braucht Ihr Server den einheitlichen Kontaktspeicher (Unified Contact Store); wo der Server ihn nicht anbietet, werden diese Schaltflächen nicht angezeigt. Markieren Sie jemanden für Statusbenachrichtigungen, um einmal informiert zu werden, wenn die Person verfügbar wird (und, wenn Sie möchten, wenn sie von „Abwesend“ zurückkommt oder „Nicht stören“ beendet).`)
};

export const help_copy_diagnostics = /** @type {(inputs: Help_Copy_DiagnosticsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diagnose kopieren`)
};

export const help_delegates_are = /** @type {(inputs: Help_Delegates_AreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` sind die Personen, die Ihre Anrufe annehmen dürfen;`)
};

export const help_delegates_title = /** @type {(inputs: Help_Delegates_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stellvertretungen, Gruppen und Statusbenachrichtigungen`)
};

export const help_delegators_are = /** @type {(inputs: Help_Delegators_AreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, sind diejenigen, deren Anrufe Sie annehmen. Ein Anruf im Namen einer dieser Personen nennt sie. Beides legt Skype for Business fest: Der Server bietet Apps keine Möglichkeit, Stellvertretungen zu ändern; diese App zeigt sie daher an, kann aber keine hinzufügen oder entfernen.`)
};

export const help_diagnostics_note = /** @type {(inputs: Help_Diagnostics_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Diagnose ist ein kurzer Bericht über den Zustand der App für Ihr Support-Team, ohne Passwörter oder Tokens.`)
};

export const help_label_colon = /** @type {(inputs: Help_Label_ColonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`:`)
};

export const help_levels_intro = /** @type {(inputs: Help_Levels_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jeder Kontakt hat eine von fünf Beziehungen zu Ihnen. Je enger sie ist, desto mehr sieht er. Alle außer blockierten Kontakten sehen Ihren Namen, Titel, Ihre E-Mail-Adresse, Firma, Ihr Büro und Ihr Bild.`)
};

export const help_levels_title = /** @type {(inputs: Help_Levels_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was jede Beziehung andere sehen lässt`)
};

export const help_loading = /** @type {(inputs: Help_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wird geladen…`)
};

export const help_no = /** @type {(inputs: Help_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nein`)
};

export const help_not_signed_in = /** @type {(inputs: Help_Not_Signed_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nicht angemeldet`)
};

export const help_protocol_format = /** @type {(inputs: Help_Protocol_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Protokollformat`)
};

export const help_protocol_note = /** @type {(inputs: Help_Protocol_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(was die App beim Server anfragt; gilt ab der nächsten Anmeldung)`)
};

export const help_server = /** @type {(inputs: Help_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server`)
};

export const help_signed_in_as = /** @type {(inputs: Help_Signed_In_AsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Angemeldet als`)
};

export const help_signed_in_demo = /** @type {(inputs: Help_Signed_In_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`beim Demo-Server auf diesem Computer.`)
};

export const help_signed_in_on = /** @type {(inputs: Help_Signed_In_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`bei ${i?.server}.`)
};

export const help_signed_in_with = /** @type {(inputs: Help_Signed_In_WithInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Angemeldet mit`)
};

export const help_sources_note = /** @type {(inputs: Help_Sources_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Woher das stammt: aus der UCWA-Referenz (dem Protokoll, das diese App verwendet) und der Dokumentation von Microsoft zu Lync und Skype for Business. An einer Stelle widersprechen sie sich: Laut UCWA-Referenz sehen Freunde und Familie Ihre Besprechungstitel, laut älteren Referenzen zum Lync-Client sehen sie weder Betreff noch Ort von Besprechungen. Diese App folgt der UCWA-Referenz: Freunde und Familie werden so gezeigt, dass sie Besprechungsbetreffe sehen, und nur die Arbeitsgruppe so, dass sie Besprechungsorte sieht und Sie bei „Nicht stören“ erreichen kann. Die Einstellungen Ihres Administrators können ändern, was geteilt wird.`)
};

export const help_stores_contacts = /** @type {(inputs: Help_Stores_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Kontakte und deren Stufen bleiben auf dem Server; die App hält sie nur im Arbeitsspeicher, solange sie läuft.`)
};

export const help_stores_history_name = /** @type {(inputs: Help_Stores_History_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Liste der Beziehungsänderungen`)
};

export const help_stores_history_text = /** @type {(inputs: Help_Stores_History_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` („Aktivität“) in history.json im selben Ordner.`)
};

export const help_stores_last_name = /** @type {(inputs: Help_Stores_Last_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die letzte Stufe jedes Kontakts`)
};

export const help_stores_last_text = /** @type {(inputs: Help_Stores_Last_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, damit die App Ihnen sagen kann, was sich geändert hat, während sie nicht lief, im Ordner last-known daneben, eine Datei pro Konto; entfernt, wenn Sie sich ohne „Angemeldet bleiben“ abmelden, und durch „Dieses Konto vergessen“.`)
};

export const help_stores_log_name = /** @type {(inputs: Help_Stores_Log_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eine Protokolldatei`)
};

export const help_stores_log_text = /** @type {(inputs: Help_Stores_Log_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` zur Fehlerbehebung im Protokollordner des Systems, ohne Passwörter oder Tokens.`)
};

export const help_stores_secrets_name = /** @type {(inputs: Help_Stores_Secrets_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Passwort und Ihre Anmeldetokens`)
};

export const help_stores_secrets_text = /** @type {(inputs: Help_Stores_Secrets_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` nur im Schlüsselbund Ihres Systems (GNOME Keyring oder KWallet, Windows-Anmeldeinformationsverwaltung, macOS-Schlüsselbund), und das Passwort nur, wenn Sie „Mein Passwort speichern“ wählen. Nie in einer Datei.`)
};

export const help_stores_settings_name = /** @type {(inputs: Help_Stores_Settings_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Einstellungen`)
};

export const help_stores_settings_text = /** @type {(inputs: Help_Stores_Settings_TextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (` (Serveradresse, Anmeldeadresse, Einstellungen für Benachrichtigungen und Design) in einer Datei namens settings.json im Datenordner der App: ${i?.linux} unter Linux, ${i?.windows} unter Windows, ${i?.mac} unter macOS.`)
};

export const help_stores_tags_name = /** @type {(inputs: Help_Stores_Tags_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wen Sie markiert haben`)
};

export const help_stores_tags_text = /** @type {(inputs: Help_Stores_Tags_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` für Statusbenachrichtigungen im Ordner tags, pro Konto.`)
};

export const help_stores_title = /** @type {(inputs: Help_Stores_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was die App speichert und wo`)
};

export const help_table_caption = /** @type {(inputs: Help_Table_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wer welche Ihrer Informationen sieht`)
};

export const help_table_information = /** @type {(inputs: Help_Table_InformationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Information`)
};

export const help_title = /** @type {(inputs: Help_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hilfe und Info`)
};

export const help_trouble_title = /** @type {(inputs: Help_Trouble_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fehlerbehebung`)
};

export const help_version = /** @type {(inputs: Help_VersionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Version`)
};

export const help_yes = /** @type {(inputs: Help_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ja`)
};

export const invite_answer_hint = /** @type {(inputs: Invite_Answer_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Annehmen in Skype for Business: Diese App nimmt keine Anrufe entgegen.`)
};

export const invite_call = /** @type {(inputs: Invite_CallInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} ruft an`)
};

export const invite_call_for = /** @type {(inputs: Invite_Call_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} ruft für ${i?.delegator} an`)
};

export const invite_call_on_behalf = /** @type {(inputs: Invite_Call_On_BehalfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} ruft im Namen von ${i?.boss} an`)
};

export const invite_call_on_behalf_for = /** @type {(inputs: Invite_Call_On_Behalf_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} ruft im Namen von ${i?.boss} für ${i?.delegator} an`)
};

export const invite_chat = /** @type {(inputs: Invite_ChatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} möchte chatten`)
};

export const invite_chat_for = /** @type {(inputs: Invite_Chat_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} möchte für ${i?.delegator} chatten`)
};

export const invite_chat_on_behalf = /** @type {(inputs: Invite_Chat_On_BehalfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} möchte im Namen von ${i?.boss} chatten`)
};

export const invite_chat_on_behalf_for = /** @type {(inputs: Invite_Chat_On_Behalf_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} möchte im Namen von ${i?.boss} für ${i?.delegator} chatten`)
};

export const invite_clear_ended = /** @type {(inputs: Invite_Clear_EndedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Beendete entfernen (${i?.n})`)
};

export const invite_dismiss = /** @type {(inputs: Invite_DismissInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Schließen: ${i?.name}`)
};

export const invite_explain_delegator = /** @type {(inputs: Invite_Explain_DelegatorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Dieser Anruf ist für ${i?.boss}. Er erreicht Sie, weil ${i?.boss} Sie als Stellvertretung eingerichtet hat.`)
};

export const invite_explain_on_behalf = /** @type {(inputs: Invite_Explain_On_BehalfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} ist als Stellvertretung von ${i?.boss} eingerichtet: ${i?.boss} lässt ${i?.caller} Anrufe in seinem oder ihrem Namen tätigen und annehmen.`)
};

export const invite_kind_audio_video = /** @type {(inputs: Invite_Kind_Audio_VideoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anruf`)
};

export const invite_kind_messaging = /** @type {(inputs: Invite_Kind_MessagingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chat`)
};

export const invite_kind_phone_audio = /** @type {(inputs: Invite_Kind_Phone_AudioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Telefonanruf`)
};

export const invite_none = /** @type {(inputs: Invite_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keine Einladungen. Anrufe und Chats, die Sie erhalten, auch solche im Namen einer anderen Person, erscheinen hier. Diese App zeigt sie an; annehmen können Sie sie in Skype for Business.`)
};

export const invite_party = /** @type {(inputs: Invite_PartyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.role}: ${i?.name}`)
};

export const invite_party_level = /** @type {(inputs: Invite_Party_LevelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Beziehung: ${i?.level}`)
};

export const invite_party_unknown = /** @type {(inputs: Invite_Party_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nicht in Ihren Kontakten`)
};

export const invite_role_caller = /** @type {(inputs: Invite_Role_CallerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anrufer`)
};

export const invite_role_delegator = /** @type {(inputs: Invite_Role_DelegatorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Für (Sie sind die Stellvertretung)`)
};

export const invite_role_on_behalf_of = /** @type {(inputs: Invite_Role_On_Behalf_OfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Im Namen von`)
};

export const invite_show_contact = /** @type {(inputs: Invite_Show_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontakt anzeigen`)
};

export const invite_state_accepted = /** @type {(inputs: Invite_State_AcceptedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Angenommen`)
};

export const invite_state_accepted_elsewhere = /** @type {(inputs: Invite_State_Accepted_ElsewhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anderswo angenommen`)
};

export const invite_state_cancelled = /** @type {(inputs: Invite_State_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abgebrochen`)
};

export const invite_state_declined = /** @type {(inputs: Invite_State_DeclinedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abgelehnt`)
};

export const invite_state_missed = /** @type {(inputs: Invite_State_MissedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verpasst`)
};

export const invite_state_ringing = /** @type {(inputs: Invite_State_RingingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Klingelt`)
};

export const invite_subject = /** @type {(inputs: Invite_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`„${i?.subject}“`)
};

export const invite_title = /** @type {(inputs: Invite_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Einladungen`)
};

export const level_blocked = /** @type {(inputs: Level_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Blockiert`)
};

export const level_colleagues = /** @type {(inputs: Level_ColleaguesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kollegen`)
};

export const level_external = /** @type {(inputs: Level_ExternalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Externe Kontakte`)
};

export const level_friends = /** @type {(inputs: Level_FriendsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Freunde und Familie`)
};

export const level_unknown = /** @type {(inputs: Level_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unbekannt`)
};

export const level_workgroup = /** @type {(inputs: Level_WorkgroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Arbeitsgruppe`)
};

export const menu_actions_for = /** @type {(inputs: Menu_Actions_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Aktionen für ${i?.name}`)
};

export const menu_auto_already = /** @type {(inputs: Menu_Auto_AlreadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bereits auf der Stufe der automatischen Zuweisung (${i?.level}).`)
};

export const menu_auto_assign = /** @type {(inputs: Menu_Auto_AssignInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beziehung automatisch zuweisen`)
};

export const menu_auto_back = /** @type {(inputs: Menu_Auto_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zurück zur Stufe, die der Server automatisch vergibt.`)
};

export const menu_auto_back_to = /** @type {(inputs: Menu_Auto_Back_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Zurück zur Stufe, die der Server vergibt: ${i?.level}.`)
};

export const menu_copied = /** @type {(inputs: Menu_CopiedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.address} kopiert`)
};

export const menu_copy_address = /** @type {(inputs: Menu_Copy_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adresse kopieren`)
};

export const menu_copy_failed = /** @type {(inputs: Menu_Copy_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kopieren in die Zwischenablage nicht möglich.`)
};

export const menu_open_card = /** @type {(inputs: Menu_Open_CardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Karte öffnen`)
};

export const notify_added = /** @type {(inputs: Notify_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} wurde zu Ihren Kontakten hinzugefügt`)
};

export const notify_alert_available_title = /** @type {(inputs: Notify_Alert_Available_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} ist verfügbar`)
};

export const notify_alert_back_title = /** @type {(inputs: Notify_Alert_Back_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} ist zurück`)
};

export const notify_alert_body = /** @type {(inputs: Notify_Alert_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} ist jetzt ${i?.now} (vorher ${i?.was}).`)
};

export const notify_alert_left_dnd_title = /** @type {(inputs: Notify_Alert_Left_Dnd_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} hat „Nicht stören“ beendet`)
};

export const notify_alerts_available_title = /** @type {(inputs: Notify_Alerts_Available_TitleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} Person ist jetzt verfügbar`);
	return /** @type {LocalizedString} */ (`${i?.count} Personen sind jetzt verfügbar`)
	
};

export const notify_alerts_back_title = /** @type {(inputs: Notify_Alerts_Back_TitleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} Person ist wieder da`);
	return /** @type {LocalizedString} */ (`${i?.count} Personen sind wieder da`)
	
};

export const notify_alerts_body = /** @type {(inputs: Notify_Alerts_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list}.`)
};

export const notify_burst_body = /** @type {(inputs: Notify_Burst_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list}. Öffnen Sie „Aktivität“, um alle zu sehen.`)
};

export const notify_burst_body_empty = /** @type {(inputs: Notify_Burst_Body_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öffnen Sie „Aktivität“, um sie zu sehen.`)
};

export const notify_burst_title = /** @type {(inputs: Notify_Burst_TitleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} Beziehung auf einem anderen Gerät geändert`);
	return /** @type {LocalizedString} */ (`${i?.count} Beziehungen auf einem anderen Gerät geändert`)
	
};

export const notify_call_for = /** @type {(inputs: Notify_Call_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Anruf für ${i?.whom}`)
};

export const notify_changed_body = /** @type {(inputs: Notify_Changed_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.change} (vorher ${i?.level}).`)
};

export const notify_changed_title = /** @type {(inputs: Notify_Changed_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auf einem anderen Gerät geändert`)
};

export const notify_incoming_call = /** @type {(inputs: Notify_Incoming_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eingehender Anruf`)
};

export const notify_incoming_message = /** @type {(inputs: Notify_Incoming_MessageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eingehende Nachricht`)
};

export const notify_is_calling = /** @type {(inputs: Notify_Is_CallingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} ruft an${i?.subject}. Antworten Sie in Skype for Business.`)
};

export const notify_is_calling_for = /** @type {(inputs: Notify_Is_Calling_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} ruft für ${i?.whom} an${i?.subject}. Antworten Sie in Skype for Business.`)
};

export const notify_list_and_more = /** @type {(inputs: Notify_List_And_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list} und ${i?.rest} weitere`)
};

export const notify_list_two = /** @type {(inputs: Notify_List_TwoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.first} und ${i?.second}`)
};

export const notify_message_for = /** @type {(inputs: Notify_Message_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nachricht für ${i?.whom}`)
};

export const notify_now_blocked = /** @type {(inputs: Notify_Now_BlockedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} ist jetzt blockiert`)
};

export const notify_now_sees = /** @type {(inputs: Notify_Now_SeesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} sieht jetzt, was ${i?.level} sehen`)
};

export const notify_now_unknown = /** @type {(inputs: Notify_Now_UnknownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Server gibt nicht mehr an, was ${i?.name} sieht`)
};

export const notify_removed = /** @type {(inputs: Notify_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} wurde aus Ihren Kontakten entfernt`)
};

export const notify_sent_message = /** @type {(inputs: Notify_Sent_MessageInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} hat eine Nachricht gesendet${i?.subject}. Antworten Sie in Skype for Business.`)
};

export const notify_sent_message_for = /** @type {(inputs: Notify_Sent_Message_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} hat eine Nachricht für ${i?.whom} gesendet${i?.subject}. Antworten Sie in Skype for Business.`)
};

export const notify_signed_out_title = /** @type {(inputs: Notify_Signed_Out_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UCWA Tray wurde abgemeldet`)
};

export const notify_status_away = /** @type {(inputs: Notify_Status_AwayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`abwesend`)
};

export const notify_status_be_right_back = /** @type {(inputs: Notify_Status_Be_Right_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`gleich zurück`)
};

export const notify_status_busy = /** @type {(inputs: Notify_Status_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`beschäftigt`)
};

export const notify_status_do_not_disturb = /** @type {(inputs: Notify_Status_Do_Not_DisturbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`auf „Nicht stören“`)
};

export const notify_status_idle_busy = /** @type {(inputs: Notify_Status_Idle_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`beschäftigt (inaktiv)`)
};

export const notify_status_idle_online = /** @type {(inputs: Notify_Status_Idle_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`verfügbar (inaktiv)`)
};

export const notify_status_offline = /** @type {(inputs: Notify_Status_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`offline`)
};

export const notify_status_online = /** @type {(inputs: Notify_Status_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`verfügbar`)
};

export const notify_status_unknown = /** @type {(inputs: Notify_Status_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`unbekannt`)
};

export const notify_while_away_body = /** @type {(inputs: Notify_While_Away_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list}. Geändert zwischen ${i?.since} und ${i?.until}.`)
};

export const notify_while_away_title = /** @type {(inputs: Notify_While_Away_TitleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Während Ihrer Abwesenheit: ${i?.count} Beziehung geändert`);
	return /** @type {LocalizedString} */ (`Während Ihrer Abwesenheit: ${i?.count} Beziehungen geändert`)
	
};

export const passive_cli_needs_window = /** @type {(inputs: Passive_Cli_Needs_WindowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Anmeldung über die Anmeldeseite Ihrer Organisation braucht ein Fenster, das die Befehlszeile nicht anzeigen kann. Melden Sie sich stattdessen in der App an.`)
};

export const passive_closed = /** @type {(inputs: Passive_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Anmeldeseite wurde geschlossen.`)
};

export const passive_navigation_refused = /** @type {(inputs: Passive_Navigation_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Anmeldeseite wollte ${i?.host} öffnen, das kein sicherer Server ist. Die Anmeldung wurde abgebrochen.`)
};

export const passive_not_completed = /** @type {(inputs: Passive_Not_CompletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Anmeldeseite hat Sie nicht angemeldet. Versuchen Sie es noch einmal.`)
};

export const passive_not_offered = /** @type {(inputs: Passive_Not_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Server bietet keine Anmeldung über die Anmeldeseite Ihrer Organisation an.`)
};

export const passive_only = /** @type {(inputs: Passive_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Server erlaubt die Anmeldung nur über die Anmeldeseite Ihrer Organisation.`)
};

export const passive_page_account_refused = /** @type {(inputs: Passive_Page_Account_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Anmeldeseite auf ${i?.host} hat dieses Windows-Konto nicht angenommen. Prüfen Sie den Benutzernamen (DOMÄNE\\Benutzer oder name@domäne) und das Kennwort.`)
};

export const passive_page_needs_account = /** @type {(inputs: Passive_Page_Needs_AccountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Anmeldeseite auf ${i?.host} fragt nach Ihrem Windows-Benutzernamen und Kennwort. Geben Sie beides unten ein und melden Sie sich erneut an.`)
};

export const passive_page_untrusted = /** @type {(inputs: Passive_Page_UntrustedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Anmeldeseite liegt nicht auf einem Server, bei dem Sie sich angemeldet haben: ${i?.host}.`)
};

export const passive_page_untrusted_unnamed = /** @type {(inputs: Passive_Page_Untrusted_UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Anmeldeseite liegt nicht auf einem Server, bei dem Sie sich angemeldet haben.`)
};

export const passive_restore_sign_in_again = /** @type {(inputs: Passive_Restore_Sign_In_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Melden Sie sich erneut über die Seite Ihrer Organisation an.`)
};

export const passive_window_title = /** @type {(inputs: Passive_Window_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Anmelden – ${i?.host}`)
};

export const policy_expects_flag = /** @type {(inputs: Policy_Expects_FlagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`true oder false (1 oder 0)`)
};

export const policy_expects_hosts = /** @type {(inputs: Policy_Expects_HostsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`eine Liste von Hostnamen oder Domänen, etwa contoso.com`)
};

export const policy_expects_server_address = /** @type {(inputs: Policy_Expects_Server_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`eine https://-Adresse oder ein Servername`)
};

export const policy_expects_sign_in_methods = /** @type {(inputs: Policy_Expects_Sign_In_MethodsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`eine Liste mit einem oder mehreren von ${i?.methods}`)
};

export const policy_file_not_file = /** @type {(inputs: Policy_File_Not_FileInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Richtliniendatei ${i?.path} wird ignoriert: Sie ist keine Datei.`)
};

export const policy_file_not_json = /** @type {(inputs: Policy_File_Not_JsonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Richtliniendatei ${i?.path} wird ignoriert: Sie ist kein gültiges JSON.`)
};

export const policy_file_not_json_detail = /** @type {(inputs: Policy_File_Not_Json_DetailInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Richtliniendatei ${i?.path} wird ignoriert: Sie ist kein gültiges JSON: ${i?.detail}.`)
};

export const policy_file_not_permitted = /** @type {(inputs: Policy_File_Not_PermittedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Richtliniendatei ${i?.path} wird ignoriert: Sie darf nicht gelesen werden.`)
};

export const policy_file_not_plist = /** @type {(inputs: Policy_File_Not_PlistInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Richtliniendatei ${i?.path} wird ignoriert: Sie ist keine gültige Property List.`)
};

export const policy_file_read_error = /** @type {(inputs: Policy_File_Read_ErrorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Richtliniendatei ${i?.path} wird ignoriert: Sie konnte nicht gelesen werden (${i?.code}).`)
};

export const policy_file_too_large = /** @type {(inputs: Policy_File_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Richtliniendatei ${i?.path} wird ignoriert: Sie ist größer als ${i?.kilobytes} KB.`)
};

export const policy_invalid_value = /** @type {(inputs: Policy_Invalid_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Richtlinie ${i?.name} in ${i?.source} wird ignoriert: Erlaubt ist ${i?.expects}.`)
};

export const policy_load_failed = /** @type {(inputs: Policy_Load_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die verwaltete Konfiguration konnte nicht gelesen werden: ${i?.why}`)
};

export const policy_not_named_values = /** @type {(inputs: Policy_Not_Named_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Richtlinie in ${i?.source} wird ignoriert: Sie ist keine Sammlung benannter Werte.`)
};

export const policy_source_unreadable = /** @type {(inputs: Policy_Source_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Richtlinie in ${i?.source} konnte nicht gelesen werden: ${i?.why}`)
};

export const policy_unknown_key = /** @type {(inputs: Policy_Unknown_KeyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Richtlinie ${i?.name} in ${i?.source} ist unbekannt und wird ignoriert.`)
};

export const presence_away = /** @type {(inputs: Presence_AwayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abwesend`)
};

export const presence_be_right_back = /** @type {(inputs: Presence_Be_Right_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bin gleich zurück`)
};

export const presence_busy = /** @type {(inputs: Presence_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beschäftigt`)
};

export const presence_do_not_disturb = /** @type {(inputs: Presence_Do_Not_DisturbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nicht stören`)
};

export const presence_idle_busy = /** @type {(inputs: Presence_Idle_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beschäftigt (inaktiv)`)
};

export const presence_idle_online = /** @type {(inputs: Presence_Idle_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inaktiv`)
};

export const presence_offline = /** @type {(inputs: Presence_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Offline`)
};

export const presence_online = /** @type {(inputs: Presence_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verfügbar`)
};

export const presence_unknown = /** @type {(inputs: Presence_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status unbekannt`)
};

export const privacy_auto_anyway = /** @type {(inputs: Privacy_Auto_AnywayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Trotzdem automatisch zuweisen (${i?.level})`)
};

export const privacy_change_failed = /** @type {(inputs: Privacy_Change_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} konnte nicht auf ${i?.level} geändert werden: ${i?.reason} ${i?.name} ist weiterhin ${i?.current}.`)
};

export const privacy_change_level = /** @type {(inputs: Privacy_Change_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stufe ändern`)
};

export const privacy_conflict = /** @type {(inputs: Privacy_ConflictInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Inzwischen auf einem anderen Gerät geändert: ${i?.change}.`)
};

export const privacy_dismiss = /** @type {(inputs: Privacy_DismissInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Schließen`)
};

export const privacy_keep = /** @type {(inputs: Privacy_KeepInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.level} beibehalten`)
};

export const privacy_menu_label = /** @type {(inputs: Privacy_Menu_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Beziehungsstufe für ${i?.name}`)
};

export const privacy_offline = /** @type {(inputs: Privacy_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie können sie wieder ändern, sobald die Verbindung besteht.`)
};

export const privacy_read_only = /** @type {(inputs: Privacy_Read_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server lässt Sie diese Beziehung nicht ändern.`)
};

export const privacy_same_as_auto = /** @type {(inputs: Privacy_Same_As_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`· wie automatisch zugewiesen`)
};

export const privacy_saving = /** @type {(inputs: Privacy_SavingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`— wird gespeichert…`)
};

export const privacy_sees_line_blocked = /** @type {(inputs: Privacy_Sees_Line_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sieht nur Ihren Namen und Ihre E-Mail-Adresse und kann Sie nicht erreichen.`)
};

export const privacy_sees_line_colleagues = /** @type {(inputs: Privacy_Sees_Line_ColleaguesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sieht Ihre Kontaktkarte, Anwesenheit, Notiz, Standort und Frei/Gebucht.`)
};

export const privacy_sees_line_external = /** @type {(inputs: Privacy_Sees_Line_ExternalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sieht Ihre Kontaktkarte und Anwesenheit.`)
};

export const privacy_sees_line_friends = /** @type {(inputs: Privacy_Sees_Line_FriendsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sieht Ihre Kontaktkarte, Anwesenheit, Notiz, Standort, Frei/Gebucht, Besprechungsthemen, Mobiltelefon, Privattelefon und weiteres Telefon.`)
};

export const privacy_sees_line_workgroup = /** @type {(inputs: Privacy_Sees_Line_WorkgroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sieht Ihre Kontaktkarte, Anwesenheit, Notiz, Standort, Frei/Gebucht, Besprechungsthemen, Besprechungsorte und Mobiltelefon. Kann Sie bei „Nicht stören“ erreichen.`)
};

export const privacy_sees_short_blocked = /** @type {(inputs: Privacy_Sees_Short_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nur Ihr Name und Ihre E-Mail-Adresse; kann Sie nicht erreichen.`)
};

export const privacy_sees_short_colleagues = /** @type {(inputs: Privacy_Sees_Short_ColleaguesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anwesenheit, Notiz, Standort und Frei/Gebucht.`)
};

export const privacy_sees_short_external = /** @type {(inputs: Privacy_Sees_Short_ExternalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Kontaktkarte und Anwesenheit.`)
};

export const privacy_sees_short_friends = /** @type {(inputs: Privacy_Sees_Short_FriendsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anwesenheit, Notiz, Standort, Frei/Gebucht, Besprechungsthemen, Mobiltelefon, Privattelefon und weiteres Telefon.`)
};

export const privacy_sees_short_workgroup = /** @type {(inputs: Privacy_Sees_Short_WorkgroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anwesenheit, Notiz, Standort, Frei/Gebucht, Besprechungsthemen, Besprechungsorte und Mobiltelefon. Kann Sie bei „Nicht stören“ erreichen.`)
};

export const privacy_sees_unknown = /** @type {(inputs: Privacy_Sees_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat nicht angegeben, welche Stufe gilt.`)
};

export const privacy_title = /** @type {(inputs: Privacy_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Datenschutzbeziehung`)
};

export const privacy_use_anyway = /** @type {(inputs: Privacy_Use_AnywayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Trotzdem ${i?.level} verwenden`)
};

export const session_address_invalid = /** @type {(inputs: Session_Address_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Serveradresse ist keine gültige Adresse.`)
};

export const session_address_needs_https = /** @type {(inputs: Session_Address_Needs_HttpsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Serveradresse muss mit https:// beginnen.`)
};

export const session_address_not_host = /** @type {(inputs: Session_Address_Not_HostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Serveradresse ist weder ein Hostname noch eine https://-Adresse.`)
};

export const session_address_plain_http = /** @type {(inputs: Session_Address_Plain_HttpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Serveradresse verwendet unverschlüsseltes http, das ist nicht sicher. Verwenden Sie eine https://-Adresse.`)
};

export const session_demo_server = /** @type {(inputs: Session_Demo_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo-Server (auf diesem Computer)`)
};

export const session_links_unavailable = /** @type {(inputs: Session_Links_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Links können hier nicht geöffnet werden.`)
};

export const session_not_signed_in = /** @type {(inputs: Session_Not_Signed_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie sind nicht angemeldet. Melden Sie sich an und versuchen Sie es erneut.`)
};

export const session_replaced = /** @type {(inputs: Session_ReplacedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UCWA Tray wurde anderswo mit derselben Anwendung angemeldet, daher aktualisiert sich diese Kopie nicht mehr.`)
};

export const session_restore_failed = /** @type {(inputs: Session_Restore_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sie konnten nicht automatisch angemeldet werden. ${i?.said}`)
};

export const session_saved_password_refused = /** @type {(inputs: Session_Saved_Password_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr gespeichertes Passwort wurde nicht akzeptiert; melden Sie sich erneut an.`)
};

export const session_saved_sign_in_expired = /** @type {(inputs: Session_Saved_Sign_In_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre gespeicherte Anmeldung ist abgelaufen; melden Sie sich erneut an.`)
};

export const settings_account = /** @type {(inputs: Settings_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Konto`)
};

export const settings_alerts_include_away = /** @type {(inputs: Settings_Alerts_Include_AwayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bei markierten Personen auch, wenn sie von „Abwesend“ zurückkommen oder „Nicht stören“ beenden`)
};

export const settings_appearance = /** @type {(inputs: Settings_AppearanceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Darstellung`)
};

export const settings_dark = /** @type {(inputs: Settings_DarkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dunkel`)
};

export const settings_language = /** @type {(inputs: Settings_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sprache`)
};

export const settings_language_note = /** @type {(inputs: Settings_Language_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Fenster, das Tray-Menü und die Benachrichtigungen folgen dieser Sprache; „Wie im System“ folgt der Ihres Computers.`)
};

export const settings_light = /** @type {(inputs: Settings_LightInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hell`)
};

export const settings_loading = /** @type {(inputs: Settings_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Einstellungen werden geladen…`)
};

export const settings_managed = /** @type {(inputs: Settings_ManagedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Von Ihrer Organisation festgelegt`)
};

export const settings_no_notifications = /** @type {(inputs: Settings_No_NotificationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Computer zeigt keine Benachrichtigungen von UCWA Tray an; neue Änderungen werden stattdessen am Tray-Symbol gezählt. Unter macOS kann ein unsignierter Build keine Benachrichtigungen anzeigen: Installieren Sie eine signierte Version.`)
};

export const settings_no_tray = /** @type {(inputs: Settings_No_TrayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Desktop zeigt keine Tray-Symbole an; UCWA Tray behält sein Fenster daher in der Taskleiste. Unter GNOME installieren Sie die Erweiterung „AppIndicator and KStatusNotifierItem Support“ (gnome-shell-extension-appindicator) und melden sich erneut an, um das Tray-Symbol zu erhalten.`)
};

export const settings_notifications = /** @type {(inputs: Settings_NotificationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Benachrichtigungen`)
};

export const settings_notify_changes = /** @type {(inputs: Settings_Notify_ChangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wenn eine Beziehung auf einem anderen Gerät geändert wird`)
};

export const settings_notify_invitations = /** @type {(inputs: Settings_Notify_InvitationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wenn jemand im Namen einer anderen Person anruft oder chattet`)
};

export const settings_notify_signed_out = /** @type {(inputs: Settings_Notify_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wenn ich abgemeldet werde`)
};

export const settings_pause = /** @type {(inputs: Settings_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Benachrichtigungen pausieren:`)
};

export const settings_pause_hour = /** @type {(inputs: Settings_Pause_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Für 1 Stunde`)
};

export const settings_pause_tomorrow = /** @type {(inputs: Settings_Pause_TomorrowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bis morgen`)
};

export const settings_paused_until = /** @type {(inputs: Settings_Paused_UntilInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pausiert bis ${i?.time}.`)
};

export const settings_resume = /** @type {(inputs: Settings_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jetzt fortsetzen`)
};

export const settings_same_as_system = /** @type {(inputs: Settings_Same_As_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wie im System`)
};

export const settings_server = /** @type {(inputs: Settings_ServerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Server: ${i?.server}`)
};

export const settings_sign_out = /** @type {(inputs: Settings_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abmelden`)
};

export const settings_signed_in = /** @type {(inputs: Settings_Signed_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Angemeldet als ${i?.user} bei ${i?.server}.`)
};

export const settings_signed_in_demo = /** @type {(inputs: Settings_Signed_In_DemoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Angemeldet als ${i?.user} beim Demo-Server auf diesem Computer.`)
};

export const settings_start_at_login = /** @type {(inputs: Settings_Start_At_LoginInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UCWA Tray bei der Anmeldung starten`)
};

export const settings_startup = /** @type {(inputs: Settings_StartupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Start`)
};

export const settings_theme = /** @type {(inputs: Settings_ThemeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Design`)
};

export const settings_title = /** @type {(inputs: Settings_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Einstellungen`)
};

export const signin_address = /** @type {(inputs: Signin_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmeldeadresse`)
};

export const signin_checking_methods = /** @type {(inputs: Signin_Checking_MethodsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Es wird geprüft, wie dieser Server Sie anmeldet …`)
};

export const signin_demo_failed = /** @type {(inputs: Signin_Demo_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Demo wurde nicht gestartet`)
};

export const signin_demo_where = /** @type {(inputs: Signin_Demo_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mit Beispielkontakten auf diesem Computer.`)
};

export const signin_first_run = /** @type {(inputs: Signin_First_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noch kein Server? Probieren Sie die App mit einem eingebauten Demo-Server und 40 Beispielkontakten aus.`)
};

export const signin_intro = /** @type {(inputs: Signin_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sehen Sie, wer was über Sie sehen kann, und ändern Sie es.`)
};

export const signin_just_looking = /** @type {(inputs: Signin_Just_LookingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nur mal umsehen?`)
};

export const signin_method = /** @type {(inputs: Signin_MethodInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmelden mit`)
};

export const signin_method_passive = /** @type {(inputs: Signin_Method_PassiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmeldeseite der Organisation`)
};

export const signin_method_password = /** @type {(inputs: Signin_Method_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Benutzername und Kennwort`)
};

export const signin_method_windows = /** @type {(inputs: Signin_Method_WindowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Windows-Konto`)
};

export const signin_no_keyring = /** @type {(inputs: Signin_No_KeyringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auf diesem Computer ist kein Schlüsselbund verfügbar, daher kann Ihr Kennwort nicht gespeichert werden. Sie werden nach etwa 8 Stunden oder beim Neustart der App erneut danach gefragt.`)
};

export const signin_optional = /** @type {(inputs: Signin_OptionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(optional)`)
};

export const signin_other_account = /** @type {(inputs: Signin_Other_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anderes Konto verwenden`)
};

export const signin_passive_account_hint = /** @type {(inputs: Signin_Passive_Account_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Windows-Konto, nur für die Anmeldeseite Ihrer Organisation.`)
};

export const signin_passive_failed = /** @type {(inputs: Signin_Passive_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Anmeldung über die Seite Ihrer Organisation hat nicht funktioniert`)
};

export const signin_passive_hint = /** @type {(inputs: Signin_Passive_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Anmeldeseite Ihrer Organisation öffnet sich in einem eigenen Fenster.`)
};

export const signin_passive_unavailable = /** @type {(inputs: Signin_Passive_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Anmeldung über die Seite Ihrer Organisation ist noch nicht verfügbar.`)
};

export const signin_password = /** @type {(inputs: Signin_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kennwort`)
};

export const signin_problem = /** @type {(inputs: Signin_ProblemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.heading}.`)
};

export const signin_remember = /** @type {(inputs: Signin_RememberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kennwort speichern`)
};

export const signin_remember_signin = /** @type {(inputs: Signin_Remember_SigninInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Angemeldet bleiben`)
};

export const signin_server = /** @type {(inputs: Signin_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Serveradresse`)
};

export const signin_server_hint = /** @type {(inputs: Signin_Server_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leer lassen, um den Server automatisch zu finden, oder seinen Namen oder seine Discovery-URL eingeben.`)
};

export const signin_server_placeholder = /** @type {(inputs: Signin_Server_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wird aus Ihrer Anmeldeadresse ermittelt`)
};

export const signin_steps = /** @type {(inputs: Signin_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmeldung läuft`)
};

export const signin_submit = /** @type {(inputs: Signin_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmelden`)
};

export const signin_title = /** @type {(inputs: Signin_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bei Skype for Business anmelden`)
};

export const signin_trust_host = /** @type {(inputs: Signin_Trust_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.host} vertrauen und anmelden`)
};

export const signin_trust_warning = /** @type {(inputs: Signin_Trust_WarningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fahren Sie nur fort, wenn Ihre Organisation Sie angewiesen hat, sich dort anzumelden. Ihr Kennwort wird an diesen Server gesendet.`)
};

export const signin_trust_warning_windows = /** @type {(inputs: Signin_Trust_Warning_WindowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fahren Sie nur fort, wenn Ihre Organisation Sie angewiesen hat, sich dort anzumelden. Ihr Windows-Konto meldet sich bei diesem Server an.`)
};

export const signin_try_demo = /** @type {(inputs: Signin_Try_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo ausprobieren`)
};

export const signin_username = /** @type {(inputs: Signin_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Benutzername`)
};

export const signin_username_hint = /** @type {(inputs: Signin_Username_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DOMÄNE\\benutzer oder benutzer@domäne, falls Ihre Organisation Sie mit einem anderen Namen als Ihrer Anmeldeadresse anmeldet.`)
};

export const signin_windows_failed = /** @type {(inputs: Signin_Windows_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Windows-Anmeldung hat nicht funktioniert`)
};

export const signin_windows_hint = /** @type {(inputs: Signin_Windows_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verwendet das Konto, mit dem Sie bei Windows (oder Ihrer Domäne) angemeldet sind: kein Kennwort nötig.`)
};

export const store_added = /** @type {(inputs: Store_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hinzugefügt.`)
};

export const store_already = /** @type {(inputs: Store_AlreadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bereits ${i?.level}.`)
};

export const store_change_failed = /** @type {(inputs: Store_Change_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} konnte nicht auf ${i?.level} geändert werden: ${i?.reason} ${i?.name} bleibt bei ${i?.current}.`)
};

export const store_changed_many = /** @type {(inputs: Store_Changed_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} Kontakt geändert`);
	return /** @type {LocalizedString} */ (`${shown} Kontakte geändert`)
	
};

export const store_clipboard_failed = /** @type {(inputs: Store_Clipboard_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Kopieren in die Zwischenablage ist fehlgeschlagen.`)
};

export const store_conflict_elsewhere = /** @type {(inputs: Store_Conflict_ElsewhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nicht geändert: inzwischen auf einem anderen Gerät geändert. ${i?.change}.`)
};

export const store_conflict_reason = /** @type {(inputs: Store_Conflict_ReasonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`er wurde inzwischen auf einem anderen Gerät geändert.`)
};

export const store_diagnostics_copied = /** @type {(inputs: Store_Diagnostics_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diagnosedaten kopiert. Fügen Sie sie in Ihre Nachricht an den Support ein.`)
};

export const store_diagnostics_failed = /** @type {(inputs: Store_Diagnostics_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Diagnosedaten konnten nicht gesammelt werden: ${i?.reason}`)
};

export const store_group_created = /** @type {(inputs: Store_Group_CreatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Gruppe „${i?.name}“ erstellt.`)
};

export const store_group_deleted = /** @type {(inputs: Store_Group_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gruppe gelöscht.`)
};

export const store_no_answer = /** @type {(inputs: Store_No_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die App hat nicht mitgeteilt, was aus dieser Änderung geworden ist.`)
};

export const store_no_level_below = /** @type {(inputs: Store_No_Level_BelowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keine niedrigere Stufe.`)
};

export const store_no_one_found = /** @type {(inputs: Store_No_One_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Niemand gefunden für „${i?.query}“.`)
};

export const store_not_changeable = /** @type {(inputs: Store_Not_ChangeableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server lässt Sie das nicht ändern.`)
};

export const store_not_changed_many = /** @type {(inputs: Store_Not_Changed_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} Kontakt wurde nicht geändert`);
	return /** @type {LocalizedString} */ (`${shown} Kontakte wurden nicht geändert`)
	
};

export const store_not_changed_one = /** @type {(inputs: Store_Not_Changed_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} wurde nicht geändert: ${i?.reason}`)
};

export const store_not_in_list = /** @type {(inputs: Store_Not_In_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Kontakt ist nicht mehr in Ihrer Liste.`)
};

export const store_now_blocked_many = /** @type {(inputs: Store_Now_Blocked_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} Kontakt jetzt blockiert`);
	return /** @type {LocalizedString} */ (`${shown} Kontakte jetzt blockiert`)
	
};

export const store_now_see_many = /** @type {(inputs: Store_Now_See_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} Kontakt sieht jetzt Infos für ${i?.level}`);
	return /** @type {LocalizedString} */ (`${shown} Kontakte sehen jetzt Infos für ${i?.level}`)
	
};

export const store_removed = /** @type {(inputs: Store_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entfernt.`)
};

export const store_removed_from_group = /** @type {(inputs: Store_Removed_From_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aus der Gruppe entfernt.`)
};

export const store_renamed = /** @type {(inputs: Store_RenamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Umbenannt.`)
};

export const store_undone_many = /** @type {(inputs: Store_Undone_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Für ${shown} Kontakt rückgängig gemacht`);
	return /** @type {LocalizedString} */ (`Für ${shown} Kontakte rückgängig gemacht`)
	
};

export const store_undone_one = /** @type {(inputs: Store_Undone_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Rückgängig gemacht: ${i?.name} ist wieder bei ${i?.level}`)
};

export const store_with_failures = /** @type {(inputs: Store_With_FailuresInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done}; ${i?.failures}`)
};

export const tabs_activity = /** @type {(inputs: Tabs_ActivityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aktivität`)
};

export const tabs_contacts = /** @type {(inputs: Tabs_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontakte`)
};

export const tabs_groups = /** @type {(inputs: Tabs_GroupsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gruppen`)
};

export const tabs_help = /** @type {(inputs: Tabs_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hilfe`)
};

export const tabs_invitations = /** @type {(inputs: Tabs_InvitationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Einladungen`)
};

export const tabs_label = /** @type {(inputs: Tabs_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ansichten`)
};

export const tabs_new = /** @type {(inputs: Tabs_NewInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} neu`);
	return /** @type {LocalizedString} */ (`${shown} neu`)
	
};

export const tabs_ringing = /** @type {(inputs: Tabs_RingingInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} klingelt`);
	return /** @type {LocalizedString} */ (`${shown} klingeln`)
	
};

export const tabs_settings = /** @type {(inputs: Tabs_SettingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Einstellungen`)
};

export const tabs_who_sees = /** @type {(inputs: Tabs_Who_SeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wer sieht was`)
};

export const tray_change_yours = /** @type {(inputs: Tray_Change_YoursInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.change} (Sie)`)
};

export const tray_connected = /** @type {(inputs: Tray_ConnectedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Verbunden als ${i?.user}`)
};

export const tray_connected_demo = /** @type {(inputs: Tray_Connected_DemoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Verbunden als ${i?.user} (Demo)`)
};

export const tray_notifications_unavailable = /** @type {(inputs: Tray_Notifications_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Benachrichtigungen können hier nicht angezeigt werden: neue Änderungen werden an diesem Symbol gezählt`)
};

export const tray_open = /** @type {(inputs: Tray_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UCWA Tray öffnen`)
};

export const tray_pause = /** @type {(inputs: Tray_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Benachrichtigungen pausieren`)
};

export const tray_pause_hour = /** @type {(inputs: Tray_Pause_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Für 1 Stunde`)
};

export const tray_pause_tomorrow = /** @type {(inputs: Tray_Pause_TomorrowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bis morgen`)
};

export const tray_paused_until = /** @type {(inputs: Tray_Paused_UntilInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Benachrichtigungen pausiert bis ${i?.time}`)
};

export const tray_quit = /** @type {(inputs: Tray_QuitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UCWA Tray beenden`)
};

export const tray_recent = /** @type {(inputs: Tray_RecentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Letzte Änderungen`)
};

export const tray_recent_none = /** @type {(inputs: Tray_Recent_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noch keine Änderungen`)
};

export const tray_reconnecting = /** @type {(inputs: Tray_ReconnectingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Verbindung wird wiederhergestellt (nächster Versuch ${i?.time})`)
};

export const tray_replaced = /** @type {(inputs: Tray_ReplacedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Angehalten: UCWA Tray ist an anderer Stelle angemeldet`)
};

export const tray_resume = /** @type {(inputs: Tray_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Benachrichtigungen fortsetzen`)
};

export const tray_sign_out = /** @type {(inputs: Tray_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abmelden`)
};

export const tray_signed_out = /** @type {(inputs: Tray_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abgemeldet`)
};

export const tray_signed_out_because = /** @type {(inputs: Tray_Signed_Out_BecauseInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Abgemeldet: ${i?.reason}`)
};

export const tray_signing_in = /** @type {(inputs: Tray_Signing_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Anmeldung: ${i?.step}…`)
};

export const tray_step_authenticating = /** @type {(inputs: Tray_Step_AuthenticatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmeldung läuft`)
};

export const tray_step_creating_application = /** @type {(inputs: Tray_Step_Creating_ApplicationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sitzung wird gestartet`)
};

export const tray_step_discovering = /** @type {(inputs: Tray_Step_DiscoveringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server wird gesucht`)
};

export const tray_step_loading_contacts = /** @type {(inputs: Tray_Step_Loading_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontakte werden geladen`)
};

export const tray_tooltip_state = /** @type {(inputs: Tray_Tooltip_StateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`UCWA Tray: ${i?.state}`)
};

export const tray_unseen = /** @type {(inputs: Tray_UnseenInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} neue Änderung einer Beziehung`);
	return /** @type {LocalizedString} */ (`${i?.count} neue Änderungen von Beziehungen`)
	
};

export const trust_bad_url = /** @type {(inputs: Trust_Bad_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat einen Link gesendet, der nicht verwendet werden kann.`)
};

export const trust_bad_url_host = /** @type {(inputs: Trust_Bad_Url_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Server hat einen Link zu ${i?.host} gesendet, der nicht sicher verwendet werden kann.`)
};

export const trust_insecure = /** @type {(inputs: Trust_InsecureInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.host} verwendet keine sichere (https-)Verbindung, daher wurde nichts dorthin gesendet.`)
};

export const trust_insecure_unnamed = /** @type {(inputs: Trust_Insecure_UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein Server verwendet keine sichere (https-)Verbindung, daher wurde nichts dorthin gesendet.`)
};

export const trust_kdc_unreachable = /** @type {(inputs: Trust_Kdc_UnreachableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Kerberos-Server Ihrer Domäne ist nicht erreichbar. Prüfen Sie das Netzwerk und versuchen Sie es dann erneut.`)
};

export const trust_kerberos_failed = /** @type {(inputs: Trust_Kerberos_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Kerberos-Anmeldung bei ${i?.host} hat nicht funktioniert.`)
};

export const trust_kerberos_insecure = /** @type {(inputs: Trust_Kerberos_InsecureInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.host} verwendet keine sichere (https-)Verbindung, daher wurde die Windows-Anmeldung nicht dorthin gesendet.`)
};

export const trust_kerberos_ticket_expired = /** @type {(inputs: Trust_Kerberos_Ticket_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Kerberos-Ticket ist abgelaufen. Melden Sie sich erneut bei Ihrer Domäne an (kinit) und versuchen Sie es dann erneut.`)
};

export const trust_kerberos_unavailable = /** @type {(inputs: Trust_Kerberos_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Windows-Anmeldung braucht Kerberos-Unterstützung, die mit dieser Kopie der App nicht installiert ist.`)
};

export const trust_negotiate_not_offered = /** @type {(inputs: Trust_Negotiate_Not_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Server bietet die Windows-Anmeldung an, aber nicht mit Kerberos von diesem Computer aus.`)
};

export const trust_no_kerberos_ticket = /** @type {(inputs: Trust_No_Kerberos_TicketInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie haben kein Kerberos-Ticket. Melden Sie sich zuerst bei Ihrer Domäne an (zum Beispiel mit kinit) und versuchen Sie es dann erneut.`)
};

export const trust_ntlm_needs_account = /** @type {(inputs: Trust_Ntlm_Needs_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Server meldet Windows-Konten mit NTLM an: Geben Sie Ihren Windows-Benutzernamen und Ihr Passwort ein.`)
};

export const trust_ntlm_refused = /** @type {(inputs: Trust_Ntlm_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat Ihren Windows-Benutzernamen oder Ihr Passwort abgelehnt (NTLM). Prüfen Sie beides und versuchen Sie es erneut.`)
};

export const trust_password_not_offered = /** @type {(inputs: Trust_Password_Not_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Server akzeptiert keine Anmeldung mit Passwort.`)
};

export const trust_token_elsewhere = /** @type {(inputs: Trust_Token_ElsewhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Server wollte Ihre Anmeldung an ${i?.host} senden lassen, wo Sie sich nicht angemeldet haben.`)
};

export const trust_token_elsewhere_unnamed = /** @type {(inputs: Trust_Token_Elsewhere_UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server wollte Ihre Anmeldung an einen anderen Server senden lassen, bei dem Sie sich nicht angemeldet haben.`)
};

export const trust_unknown_service = /** @type {(inputs: Trust_Unknown_ServiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.host} ist in Ihrer Domäne nicht für die Kerberos-Anmeldung eingerichtet.`)
};

export const trust_untrusted_host = /** @type {(inputs: Trust_Untrusted_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Server hat auf ${i?.host} verwiesen, wo Sie sich nicht angemeldet haben.`)
};

export const trust_untrusted_host_unnamed = /** @type {(inputs: Trust_Untrusted_Host_UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat auf einen anderen Server verwiesen, bei dem Sie sich nicht angemeldet haben.`)
};

export const trust_windows_not_offered = /** @type {(inputs: Trust_Windows_Not_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Server bietet keine Windows-Anmeldung an.`)
};

export const words_by_other_device = /** @type {(inputs: Words_By_Other_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein anderes Gerät`)
};

export const words_by_you = /** @type {(inputs: Words_By_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie, in dieser App`)
};

export const words_changed_elsewhere = /** @type {(inputs: Words_Changed_ElsewhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Auf einem anderen Gerät geändert: ${i?.change} (vorher ${i?.level})`)
};

export const words_level_no_longer_known = /** @type {(inputs: Words_Level_No_Longer_KnownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Stufe von ${i?.name} ist nicht mehr bekannt`)
};

export const words_level_not_known = /** @type {(inputs: Words_Level_Not_KnownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Stufe von ${i?.name} ist nicht bekannt`)
};

export const words_network_dropped = /** @type {(inputs: Words_Network_DroppedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Netzwerkverbindung zum Server ist abgebrochen.`)
};

export const words_now_sees_info = /** @type {(inputs: Words_Now_Sees_InfoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} sieht jetzt Infos für ${i?.level}`)
};

export const words_offline = /** @type {(inputs: Words_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Computer ist offline.`)
};

export const words_server_dropped = /** @type {(inputs: Words_Server_DroppedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat die Verbindung getrennt.`)
};

export const wsw_and = /** @type {(inputs: Wsw_AndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.head} und ${i?.last}`)
};

export const wsw_basics_blocked = /** @type {(inputs: Wsw_Basics_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nur Ihren Namen und Ihre E-Mail-Adresse, ohne Sie erreichen zu können`)
};

export const wsw_basics_card = /** @type {(inputs: Wsw_Basics_CardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihren Namen, Titel, E-Mail, Firma, Büro, Bild`)
};

export const wsw_basics_unknown = /** @type {(inputs: Wsw_Basics_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`das, was der Server zulässt: Er hat nicht angegeben, welche Stufe gilt`)
};

export const wsw_contact_card = /** @type {(inputs: Wsw_Contact_CardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Kontaktkarte`)
};

export const wsw_contacts = /** @type {(inputs: Wsw_ContactsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} Kontakt`);
	return /** @type {LocalizedString} */ (`${shown} Kontakte`)
	
};

export const wsw_info_dnd_label = /** @type {(inputs: Wsw_Info_Dnd_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`eine Möglichkeit, Sie bei „Nicht stören“ zu erreichen`)
};

export const wsw_info_dnd_short = /** @type {(inputs: Wsw_Info_Dnd_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nicht stören`)
};

export const wsw_info_free_busy_label = /** @type {(inputs: Wsw_Info_Free_Busy_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`wann Sie frei oder beschäftigt sind`)
};

export const wsw_info_free_busy_listed = /** @type {(inputs: Wsw_Info_Free_Busy_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`wann Sie frei oder beschäftigt sind`)
};

export const wsw_info_free_busy_short = /** @type {(inputs: Wsw_Info_Free_Busy_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Frei/Gebucht`)
};

export const wsw_info_home_phone_label = /** @type {(inputs: Wsw_Info_Home_Phone_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre private Telefonnummer`)
};

export const wsw_info_home_phone_listed = /** @type {(inputs: Wsw_Info_Home_Phone_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`private Telefonnummer`)
};

export const wsw_info_home_phone_short = /** @type {(inputs: Wsw_Info_Home_Phone_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Privattelefon`)
};

export const wsw_info_location_label = /** @type {(inputs: Wsw_Info_Location_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Standort`)
};

export const wsw_info_location_listed = /** @type {(inputs: Wsw_Info_Location_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Standort`)
};

export const wsw_info_location_short = /** @type {(inputs: Wsw_Info_Location_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Standort`)
};

export const wsw_info_meeting_locations_label = /** @type {(inputs: Wsw_Info_Meeting_Locations_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Besprechungsorte`)
};

export const wsw_info_meeting_locations_listed = /** @type {(inputs: Wsw_Info_Meeting_Locations_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Besprechungsorte`)
};

export const wsw_info_meeting_locations_short = /** @type {(inputs: Wsw_Info_Meeting_Locations_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Besprechungsorte`)
};

export const wsw_info_meeting_subjects_label = /** @type {(inputs: Wsw_Info_Meeting_Subjects_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Besprechungsbetreffe`)
};

export const wsw_info_meeting_subjects_listed = /** @type {(inputs: Wsw_Info_Meeting_Subjects_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Besprechungsbetreffe`)
};

export const wsw_info_meeting_subjects_short = /** @type {(inputs: Wsw_Info_Meeting_Subjects_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Besprechungsbetreffe`)
};

export const wsw_info_mobile_phone_label = /** @type {(inputs: Wsw_Info_Mobile_Phone_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Mobiltelefonnummer`)
};

export const wsw_info_mobile_phone_listed = /** @type {(inputs: Wsw_Info_Mobile_Phone_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mobiltelefonnummer`)
};

export const wsw_info_mobile_phone_short = /** @type {(inputs: Wsw_Info_Mobile_Phone_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mobiltelefon`)
};

export const wsw_info_note_label = /** @type {(inputs: Wsw_Info_Note_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Notiz und Abwesenheitsnachricht`)
};

export const wsw_info_note_listed = /** @type {(inputs: Wsw_Info_Note_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notiz und Abwesenheitsnachricht`)
};

export const wsw_info_note_short = /** @type {(inputs: Wsw_Info_Note_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notiz`)
};

export const wsw_info_other_phone_label = /** @type {(inputs: Wsw_Info_Other_Phone_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre weitere Telefonnummer`)
};

export const wsw_info_other_phone_listed = /** @type {(inputs: Wsw_Info_Other_Phone_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`weitere Telefonnummer`)
};

export const wsw_info_other_phone_short = /** @type {(inputs: Wsw_Info_Other_Phone_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`weiteres Telefon`)
};

export const wsw_info_presence_label = /** @type {(inputs: Wsw_Info_Presence_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Anwesenheit (Verfügbar, Beschäftigt, Abwesend…)`)
};

export const wsw_info_presence_listed = /** @type {(inputs: Wsw_Info_Presence_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anwesenheit`)
};

export const wsw_info_presence_short = /** @type {(inputs: Wsw_Info_Presence_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anwesenheit`)
};

export const wsw_intro = /** @type {(inputs: Wsw_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was jeder Ihrer Kontakte über Sie sehen kann, je nach der Beziehung, die Sie mit ihm haben. Wer eine Stufe herabgesetzt wird, sieht weniger; „Rückgängig“ stellt es wieder her.`)
};

export const wsw_level_count = /** @type {(inputs: Wsw_Level_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} ${i?.level}`)
};

export const wsw_level_not_said = /** @type {(inputs: Wsw_Level_Not_SaidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat nicht angegeben, welche Stufe gilt.`)
};

export const wsw_line_blocked = /** @type {(inputs: Wsw_Line_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sieht nur Ihren Namen und Ihre E-Mail-Adresse und kann Sie nicht erreichen.`)
};

export const wsw_more = /** @type {(inputs: Wsw_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`und ${shown} weitere Person (in „Kontakte“ suchen)`);
	return /** @type {LocalizedString} */ (`und ${shown} weitere Personen (in „Kontakte“ suchen)`)
	
};

export const wsw_move_down = /** @type {(inputs: Wsw_Move_DownInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Diese Person eine Stufe herabsetzen`);
	return /** @type {LocalizedString} */ (`Diese ${shown} Personen eine Stufe herabsetzen`)
	
};

export const wsw_nobody = /** @type {(inputs: Wsw_NobodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Niemand`)
};

export const wsw_people = /** @type {(inputs: Wsw_PeopleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} Person`);
	return /** @type {LocalizedString} */ (`${shown} Personen`)
	
};

export const wsw_reach_dnd = /** @type {(inputs: Wsw_Reach_DndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kann Sie bei „Nicht stören“ erreichen.`)
};

export const wsw_seen_by = /** @type {(inputs: Wsw_Seen_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sichtbar für ${i?.levels}`)
};

export const wsw_sees = /** @type {(inputs: Wsw_SeesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sieht ${i?.items}.`)
};

export const wsw_short_blocked = /** @type {(inputs: Wsw_Short_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nur Ihr Name und Ihre E-Mail-Adresse; kann Sie nicht erreichen.`)
};

export const wsw_title = /** @type {(inputs: Wsw_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wer sieht was`)
};

export const wsw_unknown = /** @type {(inputs: Wsw_UnknownInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Der Server hat die Stufe von ${shown} Kontakt nicht angegeben: Er wird unten nicht mitgezählt.`);
	return /** @type {LocalizedString} */ (`Der Server hat die Stufe von ${shown} Kontakten nicht angegeben: Sie werden unten nicht mitgezählt.`)
	
};

export const wsw_who = /** @type {(inputs: Wsw_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wer`)
};