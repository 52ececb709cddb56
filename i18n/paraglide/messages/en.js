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
	return /** @type {LocalizedString} */ (`Added to your contacts`)
};

export const activity_any_level = /** @type {(inputs: Activity_Any_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Any level`)
};

export const activity_anyone = /** @type {(inputs: Activity_AnyoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anyone`)
};

export const activity_away_changed = /** @type {(inputs: Activity_Away_ChangedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} relationship changed ${i?.between}.`);
	return /** @type {LocalizedString} */ (`${shown} relationships changed ${i?.between}.`)
	
};

export const activity_by = /** @type {(inputs: Activity_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`By`)
};

export const activity_cannot_change = /** @type {(inputs: Activity_Cannot_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cannot be changed`)
};

export const activity_caption = /** @type {(inputs: Activity_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Relationship changes, newest first`)
};

export const activity_change = /** @type {(inputs: Activity_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Change`)
};

export const activity_changed_by = /** @type {(inputs: Activity_Changed_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Changed by`)
};

export const activity_contact = /** @type {(inputs: Activity_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contact`)
};

export const activity_csv_from = /** @type {(inputs: Activity_Csv_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`From`)
};

export const activity_csv_sip = /** @type {(inputs: Activity_Csv_SipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SIP address`)
};

export const activity_csv_to = /** @type {(inputs: Activity_Csv_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`To`)
};

export const activity_csv_when = /** @type {(inputs: Activity_Csv_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When (UTC)`)
};

export const activity_empty = /** @type {(inputs: Activity_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No relationship changes yet. Changes you make here or from another device or client are listed.`)
};

export const activity_export = /** @type {(inputs: Activity_ExportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Export CSV`)
};

export const activity_filter_contact = /** @type {(inputs: Activity_Filter_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filter by contact`)
};

export const activity_filters = /** @type {(inputs: Activity_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filter activity`)
};

export const activity_is_level = /** @type {(inputs: Activity_Is_LevelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Is ${i?.level}`)
};

export const activity_level = /** @type {(inputs: Activity_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Level`)
};

export const activity_no_match = /** @type {(inputs: Activity_No_MatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No changes match the filter.`)
};

export const activity_not_in_list = /** @type {(inputs: Activity_Not_In_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not in your list`)
};

export const activity_removed = /** @type {(inputs: Activity_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Removed from your contacts (was ${i?.level})`)
};

export const activity_revert = /** @type {(inputs: Activity_RevertInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revert`)
};

export const activity_revert_label = /** @type {(inputs: Activity_Revert_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Revert ${i?.name} to ${i?.level}`)
};

export const activity_show_all = /** @type {(inputs: Activity_Show_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show all changes`)
};

export const activity_title = /** @type {(inputs: Activity_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Activity`)
};

export const activity_to = /** @type {(inputs: Activity_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`to`)
};

export const activity_was_unknown = /** @type {(inputs: Activity_Was_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was not known`)
};

export const activity_when = /** @type {(inputs: Activity_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When`)
};

export const activity_while_away = /** @type {(inputs: Activity_While_AwayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`While you were away`)
};

export const activity_while_away_heading = /** @type {(inputs: Activity_While_Away_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`While you were away:`)
};

export const app_starting = /** @type {(inputs: App_StartingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Starting…`)
};

export const app_user_demo = /** @type {(inputs: App_User_DemoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.user} · demo`)
};

export const banner_error_heading = /** @type {(inputs: Banner_Error_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.heading}:`)
};

export const banner_next_try = /** @type {(inputs: Banner_Next_TryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Next try ${i?.when}.`)
};

export const banner_reconnecting = /** @type {(inputs: Banner_ReconnectingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.headline} Reconnecting…`)
};

export const banner_retry_now = /** @type {(inputs: Banner_Retry_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Retry now`)
};

export const banner_sign_in_again = /** @type {(inputs: Banner_Sign_In_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in again`)
};

export const banner_signed_out = /** @type {(inputs: Banner_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signed out.`)
};

export const bulk_change = /** @type {(inputs: Bulk_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Change`)
};

export const bulk_change_all_to = /** @type {(inputs: Bulk_Change_All_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Change all of them to`)
};

export const bulk_change_count = /** @type {(inputs: Bulk_Change_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Change ${i?.n} contact`);
	return /** @type {LocalizedString} */ (`Change ${i?.n} contacts`)
	
};

export const bulk_choose_level = /** @type {(inputs: Bulk_Choose_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose a level…`)
};

export const bulk_clear = /** @type {(inputs: Bulk_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Clear selection`)
};

export const bulk_level_count = /** @type {(inputs: Bulk_Level_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n} ${i?.level}`)
};

export const bulk_names_more = /** @type {(inputs: Bulk_Names_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.names} and ${i?.n} more`);
	return /** @type {LocalizedString} */ (`${i?.names} and ${i?.n} more`)
	
};

export const bulk_now = /** @type {(inputs: Bulk_NowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Now: ${i?.levels}.`)
};

export const bulk_offline = /** @type {(inputs: Bulk_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You can change them once connected.`)
};

export const bulk_progress = /** @type {(inputs: Bulk_ProgressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Changing ${i?.done} of ${i?.total}…`)
};

export const bulk_progress_label = /** @type {(inputs: Bulk_Progress_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Changes applied`)
};

export const bulk_selected = /** @type {(inputs: Bulk_SelectedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} contact selected`);
	return /** @type {LocalizedString} */ (`${i?.n} contacts selected`)
	
};

export const bulk_skipped = /** @type {(inputs: Bulk_SkippedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} contact left as they are`);
	return /** @type {LocalizedString} */ (`${i?.n} contacts left as they are`)
	
};

export const card_can_use = /** @type {(inputs: Card_Can_UseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Can use`)
};

export const card_company = /** @type {(inputs: Card_CompanyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Company`)
};

export const card_department = /** @type {(inputs: Card_DepartmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Department`)
};

export const card_details_failed = /** @type {(inputs: Card_Details_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Could not load all details: ${i?.reason}`)
};

export const card_email = /** @type {(inputs: Card_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-mail`)
};

export const card_last_active = /** @type {(inputs: Card_Last_ActiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`· active ${i?.time}`)
};

export const card_location = /** @type {(inputs: Card_LocationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Location`)
};

export const card_note = /** @type {(inputs: Card_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Note:`)
};

export const card_note_out_of_office = /** @type {(inputs: Card_Note_Out_Of_OfficeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Out of office:`)
};

export const card_office = /** @type {(inputs: Card_OfficeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Office`)
};

export const card_phone_home = /** @type {(inputs: Card_Phone_HomeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Home phone`)
};

export const card_phone_mobile = /** @type {(inputs: Card_Phone_MobileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mobile phone`)
};

export const card_phone_other = /** @type {(inputs: Card_Phone_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Other phone`)
};

export const card_phone_work = /** @type {(inputs: Card_Phone_WorkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Work phone`)
};

export const card_photo_of = /** @type {(inputs: Card_Photo_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Photo of ${i?.name}`)
};

export const card_sip_address = /** @type {(inputs: Card_Sip_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SIP address`)
};

export const card_source_network = /** @type {(inputs: Card_Source_NetworkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Source network`)
};

export const channel_ended = /** @type {(inputs: Channel_EndedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server ended the session.`)
};

export const channel_ended_agent_not_allowed = /** @type {(inputs: Channel_Ended_Agent_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server does not allow this app to connect.`)
};

export const channel_ended_expired = /** @type {(inputs: Channel_Ended_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The session expired after a long time without contact with the server.`)
};

export const channel_ended_too_many = /** @type {(inputs: Channel_Ended_Too_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You are signed in on too many devices. Sign out somewhere else and try again.`)
};

export const channel_network = /** @type {(inputs: Channel_NetworkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The network is unavailable.`)
};

export const channel_not_understood = /** @type {(inputs: Channel_Not_UnderstoodInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server sent an answer that could not be understood.`)
};

export const channel_outage_too_long = /** @type {(inputs: Channel_Outage_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The connection was lost for too long.`)
};

export const channel_password_refused = /** @type {(inputs: Channel_Password_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server no longer accepts your password. Sign in again.`)
};

export const channel_refused = /** @type {(inputs: Channel_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The server refused the connection (HTTP ${i?.status}).`)
};

export const channel_server_error = /** @type {(inputs: Channel_Server_ErrorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The server had a problem (HTTP ${i?.status}).`)
};

export const channel_session_lost = /** @type {(inputs: Channel_Session_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server no longer knows this session.`)
};

export const channel_sign_in_refused = /** @type {(inputs: Channel_Sign_In_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server keeps refusing our sign-in.`)
};

export const channel_timeout = /** @type {(inputs: Channel_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server did not answer in time.`)
};

export const channel_untrusted_certificate = /** @type {(inputs: Channel_Untrusted_CertificateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server's security certificate could not be verified, so the connection was not made.`)
};

export const channel_unusable_answer = /** @type {(inputs: Channel_Unusable_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server sent something we cannot use.`)
};

export const cli_commands = /** @type {(inputs: Cli_CommandsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`commands:`)
};

export const cli_contacts_summary = /** @type {(inputs: Cli_Contacts_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`find people, add them to a group, take them out of one or all`)
};

export const cli_contacts_values = /** @type {(inputs: Cli_Contacts_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--contacts must be a whole number up to 100000`)
};

export const cli_decode_summary = /** @type {(inputs: Cli_Decode_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`print each UCWA representation as the normalised model`)
};

export const cli_format_values = /** @type {(inputs: Cli_Format_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--format must be json or xml`)
};

export const cli_group_not_created = /** @type {(inputs: Cli_Group_Not_CreatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.name}" was not created`)
};

export const cli_groups_summary = /** @type {(inputs: Cli_Groups_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`list, create, rename or delete contact groups`)
};

export const cli_host_loopback = /** @type {(inputs: Cli_Host_LoopbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--host must be a loopback address (127.0.0.0/8, localhost or ::1)`)
};

export const cli_level_now = /** @type {(inputs: Cli_Level_NowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(now ${i?.level})`)
};

export const cli_level_values = /** @type {(inputs: Cli_Level_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LEVEL must be one of ${i?.levels}`)
};

export const cli_limit_values = /** @type {(inputs: Cli_Limit_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--limit must be a number from 1 to 100`)
};

export const cli_neither_json_nor_xml = /** @type {(inputs: Cli_Neither_Json_Nor_XmlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`neither JSON nor XML`)
};

export const cli_no_password = /** @type {(inputs: Cli_No_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no password: use --password-stdin or set UCWA_PASSWORD`)
};

export const cli_no_such_group = /** @type {(inputs: Cli_No_Such_GroupInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`there is no group "${i?.group}"`)
};

export const cli_not_in_contacts = /** @type {(inputs: Cli_Not_In_ContactsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.contact} is not in your contacts.`)
};

export const cli_not_tagged = /** @type {(inputs: Cli_Not_TaggedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.uri} is not tagged`)
};

export const cli_password_cancelled = /** @type {(inputs: Cli_Password_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`cancelled`)
};

export const cli_password_line_too_long = /** @type {(inputs: Cli_Password_Line_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the first line of standard input is too long`)
};

export const cli_password_note = /** @type {(inputs: Cli_Password_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passwords are read from standard input (--password-stdin: typed without echo at a terminal, else the first line) or the UCWA_PASSWORD environment variable, never from arguments. --verbose prints the protocol log, redacted, on stderr.`)
};

export const cli_password_prompt = /** @type {(inputs: Cli_Password_PromptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Password: `)
};

export const cli_password_unreadable = /** @type {(inputs: Cli_Password_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the password could not be read: ${i?.reason}`)
};

export const cli_port_values = /** @type {(inputs: Cli_Port_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--port must be 0–65535, got "${i?.port}"`)
};

export const cli_relationship_summary = /** @type {(inputs: Cli_Relationship_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`read, change or reset one level`)
};

export const cli_reset_done = /** @type {(inputs: Cli_Reset_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Reset to auto-assigned: ${i?.sentence}.`)
};

export const cli_signed_out = /** @type {(inputs: Cli_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`signed out`)
};

export const cli_sim_summary = /** @type {(inputs: Cli_Sim_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`start the UCWA simulator (first line: JSON with discoverUrl, user, password)`)
};

export const cli_state_damaged = /** @type {(inputs: Cli_State_DamagedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the state file ${i?.path} could not be read, so nothing is compared this time; it is written again from now on`)
};

export const cli_state_option = /** @type {(inputs: Cli_State_OptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--state needs a file name`)
};

export const cli_tag_summary = /** @type {(inputs: Cli_Tag_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tag contacts for status-change alerts, untag them, list who is tagged`)
};

export const cli_type_values = /** @type {(inputs: Cli_Type_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--type must be json or xml`)
};

export const cli_unknown_command = /** @type {(inputs: Cli_Unknown_CommandInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`unknown command "${i?.name}"`)
};

export const cli_usage = /** @type {(inputs: Cli_UsageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`usage: npm run --silent ucwa -- <command> [options]`)
};

export const cli_usage_line = /** @type {(inputs: Cli_Usage_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`usage: ${i?.syntax}`)
};

export const cli_watch_summary = /** @type {(inputs: Cli_Watch_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sign in and stream NDJSON events`)
};

export const contactlist_absent = /** @type {(inputs: Contactlist_AbsentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your server does not show contact groups to apps.`)
};

export const contactlist_already_in_group = /** @type {(inputs: Contactlist_Already_In_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This person is already in that group.`)
};

export const contactlist_delegates_read_only = /** @type {(inputs: Contactlist_Delegates_Read_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delegates are set in Skype for Business or Outlook: the server offers apps no way to change them.`)
};

export const contactlist_duplicate_group = /** @type {(inputs: Contactlist_Duplicate_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`There is already a group with that name. Choose another name.`)
};

export const contactlist_failed = /** @type {(inputs: Contactlist_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your contact groups could not be read. They are tried again on the next change.`)
};

export const contactlist_full = /** @type {(inputs: Contactlist_FullInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your contact list is full: the server allows no more contacts. Remove someone first.`)
};

export const contactlist_group_changed = /** @type {(inputs: Contactlist_Group_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The group was changed elsewhere meanwhile. It has been reloaded; try again.`)
};

export const contactlist_member_not_in_group = /** @type {(inputs: Contactlist_Member_Not_In_GroupInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.uri} is not in ${i?.group}.`)
};

export const contactlist_no_search = /** @type {(inputs: Contactlist_No_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your server does not offer search to apps.`)
};

export const contactlist_no_such_group = /** @type {(inputs: Contactlist_No_Such_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That group is no longer in your contact list.`)
};

export const contactlist_only_own_groups = /** @type {(inputs: Contactlist_Only_Own_GroupsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only your own groups can be renamed or deleted: Favorites, Other Contacts and the groups the server keeps cannot.`)
};

export const contactlist_person_not_found = /** @type {(inputs: Contactlist_Person_Not_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.uri} was not found; search for them first.`)
};

export const contactlist_read_only = /** @type {(inputs: Contactlist_Read_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your server does not let apps change your contact list (it needs the unified contact store), so adding, removing and groups are not offered here.`)
};

export const contacts_all_levels = /** @type {(inputs: Contacts_All_LevelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All levels`)
};

export const contacts_group_select_all = /** @type {(inputs: Contacts_Group_Select_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Select all`)
};

export const contacts_group_select_all_in = /** @type {(inputs: Contacts_Group_Select_All_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Select all ${i?.count} in ${i?.group}`)
};

export const contacts_jump = /** @type {(inputs: Contacts_JumpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jump to`)
};

export const contacts_jump_group = /** @type {(inputs: Contacts_Jump_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a group…`)
};

export const contacts_no_company = /** @type {(inputs: Contacts_No_CompanyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No company`)
};

export const contacts_none_match = /** @type {(inputs: Contacts_None_MatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No contacts match.`)
};

export const contacts_placeholder = /** @type {(inputs: Contacts_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Select a contact to see their details and what they see about you. Ctrl+click or Shift+click to pick several and change them together; right-click a contact for its menu.`)
};

export const contacts_row_saving = /** @type {(inputs: Contacts_Row_SavingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`saving`)
};

export const contacts_row_selected = /** @type {(inputs: Contacts_Row_SelectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`selected`)
};

export const contacts_search = /** @type {(inputs: Contacts_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search contacts`)
};

export const contacts_search_hint = /** @type {(inputs: Contacts_Search_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search by name, title, e-mail, company or department (Ctrl+F)`)
};

export const contacts_select_shown = /** @type {(inputs: Contacts_Select_ShownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Select all ${i?.n}`)
};

export const contacts_show_level = /** @type {(inputs: Contacts_Show_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show level`)
};

export const contacts_shown_of = /** @type {(inputs: Contacts_Shown_OfInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} contact of ${i?.total}`);
	return /** @type {LocalizedString} */ (`${i?.n} contacts of ${i?.total}`)
	
};

export const contacts_sort = /** @type {(inputs: Contacts_SortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sort`)
};

export const contacts_sort_company = /** @type {(inputs: Contacts_Sort_CompanyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`by company`)
};

export const contacts_sort_last_change = /** @type {(inputs: Contacts_Sort_Last_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`by last change`)
};

export const contacts_sort_level = /** @type {(inputs: Contacts_Sort_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`by level`)
};

export const contacts_sort_name = /** @type {(inputs: Contacts_Sort_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`by name`)
};

export const contacts_title = /** @type {(inputs: Contacts_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contacts`)
};

export const dialog_block = /** @type {(inputs: Dialog_BlockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Block`)
};

export const dialog_block_body = /** @type {(inputs: Dialog_Block_BodyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.who} will see ${i?.what} through Skype for Business.`);
	return /** @type {LocalizedString} */ (`They will see ${i?.what}, each of them through Skype for Business.`)
	
};

export const dialog_block_title = /** @type {(inputs: Dialog_Block_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Block ${i?.who}?`)
};

export const dialog_cancel = /** @type {(inputs: Dialog_CancelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cancel`)
};

export const discovery_no_answer = /** @type {(inputs: Discovery_No_AnswerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No Skype for Business server answered for ${i?.domain}. Tried: ${i?.hosts}.`)
};

export const err_account_locked = /** @type {(inputs: Err_Account_LockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your account is locked`)
};

export const err_address_format = /** @type {(inputs: Err_Address_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter your sign-in address as name@company.com.`)
};

export const err_bad_server = /** @type {(inputs: Err_Bad_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server address is not one the app can use.`)
};

export const err_check_both = /** @type {(inputs: Err_Check_BothInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check both and try again. The sign-in address is usually your work e-mail address.`)
};

export const err_forbidden = /** @type {(inputs: Err_ForbiddenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server does not allow this`)
};

export const err_insecure_url = /** @type {(inputs: Err_Insecure_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server address is not secure`)
};

export const err_invalid_argument = /** @type {(inputs: Err_Invalid_ArgumentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please check what you entered`)
};

export const err_invalid_grant = /** @type {(inputs: Err_Invalid_GrantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wrong sign-in address or password`)
};

export const err_network = /** @type {(inputs: Err_NetworkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cannot reach the server`)
};

export const err_no_answer = /** @type {(inputs: Err_No_AnswerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The app did not answer (${i?.reason}).`)
};

export const err_no_keyring = /** @type {(inputs: Err_No_KeyringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your password cannot be remembered on this computer`)
};

export const err_not_available = /** @type {(inputs: Err_Not_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not available right now`)
};

export const err_not_signed_in = /** @type {(inputs: Err_Not_Signed_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You are signed out`)
};

export const err_password_too_long = /** @type {(inputs: Err_Password_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The password is too long.`)
};

export const err_server_not_found = /** @type {(inputs: Err_Server_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server not found`)
};

export const err_service_failure = /** @type {(inputs: Err_Service_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server had a problem`)
};

export const err_timeout = /** @type {(inputs: Err_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server did not answer in time`)
};

export const err_tls = /** @type {(inputs: Err_TlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server's certificate is not trusted`)
};

export const err_unknown = /** @type {(inputs: Err_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Something went wrong`)
};

export const err_untrusted_host = /** @type {(inputs: Err_Untrusted_HostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server pointed somewhere else`)
};

export const error_aborted = /** @type {(inputs: Error_AbortedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The request was cancelled.`)
};

export const error_account_locked = /** @type {(inputs: Error_Account_LockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your account is locked or disabled. Contact your administrator.`)
};

export const error_bad_request = /** @type {(inputs: Error_Bad_RequestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server rejected the request as invalid.`)
};

export const error_certificate_authority = /** @type {(inputs: Error_Certificate_AuthorityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`It was issued by a certificate authority this computer does not trust; your administrator can add it to the trusted ones.`)
};

export const error_certificate_date = /** @type {(inputs: Error_Certificate_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`It has expired or is not valid yet; check this computer's date and time.`)
};

export const error_certificate_name = /** @type {(inputs: Error_Certificate_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`It was issued for a different server name.`)
};

export const error_certificate_revoked = /** @type {(inputs: Error_Certificate_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`It has been revoked.`)
};

export const error_client_timeout = /** @type {(inputs: Error_Client_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The request took too long to send. Try again.`)
};

export const error_conflict = /** @type {(inputs: Error_ConflictInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The change conflicts with the current state on the server. Try again.`)
};

export const error_contact_not_in_list = /** @type {(inputs: Error_Contact_Not_In_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This contact is not in your list.`)
};

export const error_entity_too_large = /** @type {(inputs: Error_Entity_Too_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The request was too large for the server.`)
};

export const error_exchange_service_failure = /** @type {(inputs: Error_Exchange_Service_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server could not reach Exchange. Try again later.`)
};

export const error_forbidden = /** @type {(inputs: Error_ForbiddenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You are not allowed to do this.`)
};

export const error_foreign_sender = /** @type {(inputs: Error_Foreign_SenderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This request did not come from UCWA Tray.`)
};

export const error_gateway_timeout = /** @type {(inputs: Error_Gateway_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A server on the way did not answer in time. Try again in a moment.`)
};

export const error_gone = /** @type {(inputs: Error_GoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your session has ended. Sign in again.`)
};

export const error_http_error = /** @type {(inputs: Error_Http_ErrorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server answered with an unexpected error.`)
};

export const error_informational = /** @type {(inputs: Error_InformationalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server sent an informational notice.`)
};

export const error_insecure_url = /** @type {(inputs: Error_Insecure_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server address is not secure (https is required), so it was not used.`)
};

export const error_internal = /** @type {(inputs: Error_InternalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Something went wrong. Try again.`)
};

export const error_invalid_grant = /** @type {(inputs: Error_Invalid_GrantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The user name or password is incorrect.`)
};

export const error_invalid_request = /** @type {(inputs: Error_Invalid_RequestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Invalid request (${i?.detail}).`)
};

export const error_local_failure = /** @type {(inputs: Error_Local_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The operation failed on this computer.`)
};

export const error_malformed_response = /** @type {(inputs: Error_Malformed_ResponseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server sent an answer that could not be understood.`)
};

export const error_method_not_allowed = /** @type {(inputs: Error_Method_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server does not allow this operation.`)
};

export const error_network = /** @type {(inputs: Error_NetworkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server could not be reached. Check your network connection.`)
};

export const error_no_answer_for_change = /** @type {(inputs: Error_No_Answer_For_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server gave no answer for this change. Try again.`)
};

export const error_not_acceptable = /** @type {(inputs: Error_Not_AcceptableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server cannot answer in the requested format.`)
};

export const error_not_available = /** @type {(inputs: Error_Not_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server does not offer this operation for this contact.`)
};

export const error_not_found = /** @type {(inputs: Error_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The item no longer exists on the server.`)
};

export const error_precondition_failed = /** @type {(inputs: Error_Precondition_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Someone else changed this in the meantime. The current value has been reloaded.`)
};

export const error_precondition_required = /** @type {(inputs: Error_Precondition_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server requires the current version before a change. Reload and try again.`)
};

export const error_remote_failure = /** @type {(inputs: Error_Remote_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The other party could not complete the operation.`)
};

export const error_response_too_large = /** @type {(inputs: Error_Response_Too_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server sent an answer far larger than any real one, so it was not read.`)
};

export const error_server_not_found = /** @type {(inputs: Error_Server_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No Skype for Business server was found for this address.`)
};

export const error_service_failure = /** @type {(inputs: Error_Service_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server had an internal error. Try again later.`)
};

export const error_service_unavailable = /** @type {(inputs: Error_Service_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server is temporarily unavailable. Try again later.`)
};

export const error_something_went_wrong = /** @type {(inputs: Error_Something_Went_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Something went wrong.`)
};

export const error_timeout = /** @type {(inputs: Error_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server took too long to answer. Try again in a moment.`)
};

export const error_tls = /** @type {(inputs: Error_TlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server's security certificate could not be verified, so the connection was not made.`)
};

export const error_too_many_applications = /** @type {(inputs: Error_Too_Many_ApplicationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You are signed in on too many devices. Sign out somewhere else and try again.`)
};

export const error_too_many_requests = /** @type {(inputs: Error_Too_Many_RequestsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server is busy. Try again in a moment.`)
};

export const error_unauthorized = /** @type {(inputs: Error_UnauthorizedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server did not accept your sign-in. Sign in again.`)
};

export const error_unknown_request = /** @type {(inputs: Error_Unknown_RequestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unknown request.`)
};

export const error_unsupported_media_type = /** @type {(inputs: Error_Unsupported_Media_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server did not accept the format of the request.`)
};

export const feedback_and_more = /** @type {(inputs: Feedback_And_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`and ${i?.n} more`);
	return /** @type {LocalizedString} */ (`and ${i?.n} more`)
	
};

export const feedback_dismiss = /** @type {(inputs: Feedback_DismissInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dismiss`)
};

export const feedback_not_changed = /** @type {(inputs: Feedback_Not_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Who was not changed`)
};

export const feedback_show = /** @type {(inputs: Feedback_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show`)
};

export const feedback_undo = /** @type {(inputs: Feedback_UndoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Undo`)
};

export const format_between = /** @type {(inputs: Format_BetweenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`between ${i?.from} and ${i?.to}`)
};

export const format_changed_between = /** @type {(inputs: Format_Changed_BetweenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`changed ${i?.between}`)
};

export const format_contacts = /** @type {(inputs: Format_ContactsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} contact`);
	return /** @type {LocalizedString} */ (`${i?.n} contacts`)
	
};

export const format_countdown_minutes = /** @type {(inputs: Format_Countdown_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`in ${i?.n} min`)
};

export const format_countdown_now = /** @type {(inputs: Format_Countdown_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`now`)
};

export const format_countdown_seconds = /** @type {(inputs: Format_Countdown_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`in ${i?.n} s`)
};

export const format_hours_ago = /** @type {(inputs: Format_Hours_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n} h ago`)
};

export const format_just_now = /** @type {(inputs: Format_Just_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`just now`)
};

export const format_minutes_ago = /** @type {(inputs: Format_Minutes_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n} min ago`)
};

export const format_modality_audio = /** @type {(inputs: Format_Modality_AudioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Audio calls`)
};

export const format_modality_messaging = /** @type {(inputs: Format_Modality_MessagingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Instant messages`)
};

export const format_modality_phone_audio = /** @type {(inputs: Format_Modality_Phone_AudioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Phone calls`)
};

export const format_modality_video = /** @type {(inputs: Format_Modality_VideoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Video`)
};

export const format_source_federated = /** @type {(inputs: Format_Source_FederatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Federated (another organisation)`)
};

export const format_source_public_cloud = /** @type {(inputs: Format_Source_Public_CloudInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Public IM network`)
};

export const format_source_same_enterprise = /** @type {(inputs: Format_Source_Same_EnterpriseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your organisation`)
};

export const format_step_authenticating = /** @type {(inputs: Format_Step_AuthenticatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signing in`)
};

export const format_step_creating_application = /** @type {(inputs: Format_Step_Creating_ApplicationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opening a session`)
};

export const format_step_discovering = /** @type {(inputs: Format_Step_DiscoveringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Finding the server`)
};

export const format_step_loading_contacts = /** @type {(inputs: Format_Step_Loading_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading contacts`)
};

export const format_step_loading_count = /** @type {(inputs: Format_Step_Loading_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Loading ${i?.n} contact`);
	return /** @type {LocalizedString} */ (`Loading ${i?.n} contacts`)
	
};

export const format_yesterday = /** @type {(inputs: Format_YesterdayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`yesterday`)
};

export const groups_add = /** @type {(inputs: Groups_AddInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Add ${i?.name}`)
};

export const groups_add_to = /** @type {(inputs: Groups_Add_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add to`)
};

export const groups_create = /** @type {(inputs: Groups_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Create group`)
};

export const groups_delegates_note = /** @type {(inputs: Groups_Delegates_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set in Skype for Business: the server offers apps no way to change them.`)
};

export const groups_delegates_title = /** @type {(inputs: Groups_Delegates_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delegates`)
};

export const groups_delete = /** @type {(inputs: Groups_DeleteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Delete ${i?.name}`)
};

export const groups_distribution = /** @type {(inputs: Groups_DistributionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`distribution group`)
};

export const groups_favorites = /** @type {(inputs: Groups_FavoritesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Favorites`)
};

export const groups_find_title = /** @type {(inputs: Groups_Find_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Find people`)
};

export const groups_in_contacts = /** @type {(inputs: Groups_In_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In your contacts`)
};

export const groups_level = /** @type {(inputs: Groups_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Level`)
};

export const groups_list_title = /** @type {(inputs: Groups_List_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your groups`)
};

export const groups_managed_for = /** @type {(inputs: Groups_Managed_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`People I manage calls for`)
};

export const groups_members_unread = /** @type {(inputs: Groups_Members_UnreadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The members could not be read: ${i?.reason}`)
};

export const groups_more_results = /** @type {(inputs: Groups_More_ResultsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`More people match: type more of the name.`)
};

export const groups_my_delegates = /** @type {(inputs: Groups_My_DelegatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`My delegates`)
};

export const groups_my_organization = /** @type {(inputs: Groups_My_OrganizationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`My organization`)
};

export const groups_name_or_email = /** @type {(inputs: Groups_Name_Or_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Name or e-mail`)
};

export const groups_new_group = /** @type {(inputs: Groups_New_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New group`)
};

export const groups_new_name = /** @type {(inputs: Groups_New_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New name`)
};

export const groups_no_members = /** @type {(inputs: Groups_No_MembersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No members.`)
};

export const groups_no_tags = /** @type {(inputs: Groups_No_TagsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No one is tagged. Tag someone to be told when they become available.`)
};

export const groups_none = /** @type {(inputs: Groups_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`None`)
};

export const groups_other_contacts = /** @type {(inputs: Groups_Other_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Other Contacts`)
};

export const groups_reading_members = /** @type {(inputs: Groups_Reading_MembersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reading the members…`)
};

export const groups_remove_from = /** @type {(inputs: Groups_Remove_FromInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Remove from ${i?.group}`)
};

export const groups_rename = /** @type {(inputs: Groups_RenameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Rename ${i?.name}`)
};

export const groups_save = /** @type {(inputs: Groups_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save`)
};

export const groups_search = /** @type {(inputs: Groups_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search`)
};

export const groups_status_unknown = /** @type {(inputs: Groups_Status_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`status not known yet`)
};

export const groups_tag = /** @type {(inputs: Groups_TagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tag for alerts`)
};

export const groups_tags_title = /** @type {(inputs: Groups_Tags_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tagged for status alerts`)
};

export const groups_title = /** @type {(inputs: Groups_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Groups`)
};

export const groups_untag = /** @type {(inputs: Groups_UntagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Untag`)
};

export const help_about_absent = /** @type {(inputs: Help_About_AbsentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Could not read the version details: ${i?.error}`)
};

export const help_about_title = /** @type {(inputs: Help_About_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`About UCWA Tray`)
};

export const help_account = /** @type {(inputs: Help_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Account`)
};

export const help_auto_text = /** @type {(inputs: Help_Auto_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`"Auto-assign relationship" gives a contact back the level the server assigns by itself: Colleagues for people in your organisation, External Contacts for everyone else. Where a contact's level is the one auto-assignment gives, the app says "same as auto-assigned". The server does not say whether you chose that level by hand, so the app does not claim more than that.`)
};

export const help_auto_title = /** @type {(inputs: Help_Auto_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auto-assign relationship`)
};

export const help_built_on = /** @type {(inputs: Help_Built_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Built on`)
};

export const help_contacts_text = /** @type {(inputs: Help_Contacts_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adding and removing contacts and groups needs your server's unified contact store; where the server does not offer it, those buttons are not shown. Tag someone for status-change alerts to be told once when they become available (and, if you choose, when they come back from Away or leave Do Not Disturb).`)
};

export const help_copy_diagnostics = /** @type {(inputs: Help_Copy_DiagnosticsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy diagnostics`)
};

export const help_delegates_are = /** @type {(inputs: Help_Delegates_AreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` are the people who may answer your calls;`)
};

export const help_delegates_title = /** @type {(inputs: Help_Delegates_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delegates, groups and status alerts`)
};

export const help_delegators_are = /** @type {(inputs: Help_Delegators_AreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` are those whose calls you answer. A call on behalf of one of them names them. Skype for Business sets both: the server offers apps no way to change delegates, so this app shows them but cannot add or remove one.`)
};

export const help_diagnostics_note = /** @type {(inputs: Help_Diagnostics_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diagnostics are a short report of the app's state for your support team, without passwords or tokens.`)
};

export const help_label_colon = /** @type {(inputs: Help_Label_ColonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`:`)
};

export const help_levels_intro = /** @type {(inputs: Help_Levels_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every contact has one of five relationships with you. The closer it is, the more they see. Everyone but Blocked contacts sees your name, title, e-mail, company, office and picture.`)
};

export const help_levels_title = /** @type {(inputs: Help_Levels_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What each relationship lets people see`)
};

export const help_loading = /** @type {(inputs: Help_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading…`)
};

export const help_no = /** @type {(inputs: Help_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No`)
};

export const help_not_signed_in = /** @type {(inputs: Help_Not_Signed_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not signed in`)
};

export const help_protocol_format = /** @type {(inputs: Help_Protocol_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Protocol format`)
};

export const help_protocol_note = /** @type {(inputs: Help_Protocol_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(what the app asks the server for; takes effect at the next sign-in)`)
};

export const help_server = /** @type {(inputs: Help_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server`)
};

export const help_signed_in_as = /** @type {(inputs: Help_Signed_In_AsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signed in as`)
};

export const help_signed_in_demo = /** @type {(inputs: Help_Signed_In_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`to the demo server on this computer.`)
};

export const help_signed_in_on = /** @type {(inputs: Help_Signed_In_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`on ${i?.server}.`)
};

export const help_signed_in_with = /** @type {(inputs: Help_Signed_In_WithInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signed in with`)
};

export const help_sources_note = /** @type {(inputs: Help_Sources_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Where this comes from: the UCWA reference (the protocol this app uses) and Microsoft's Lync and Skype for Business documentation. They disagree in one place: the UCWA reference says Friends and Family see your meeting titles, while older Lync client references say they see neither meeting subjects nor locations. This app follows the UCWA reference: Friends and Family are shown as seeing meeting subjects, and only Workgroup as seeing meeting locations and reaching you on Do Not Disturb. Your administrator's settings can change what is shared.`)
};

export const help_stores_contacts = /** @type {(inputs: Help_Stores_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your contacts and their levels stay on the server; the app keeps them in memory while it runs.`)
};

export const help_stores_history_name = /** @type {(inputs: Help_Stores_History_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The list of relationship changes`)
};

export const help_stores_history_text = /** @type {(inputs: Help_Stores_History_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` (Activity) in history.json in the same folder.`)
};

export const help_stores_last_name = /** @type {(inputs: Help_Stores_Last_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The level each contact last had`)
};

export const help_stores_last_text = /** @type {(inputs: Help_Stores_Last_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, so the app can tell you what changed while it was not running, in the last-known folder beside it, one file per account; removed when you sign out without "Remember me" and by "Forget this account".`)
};

export const help_stores_log_name = /** @type {(inputs: Help_Stores_Log_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A log file`)
};

export const help_stores_log_text = /** @type {(inputs: Help_Stores_Log_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` for troubleshooting in the system's log folder, without passwords or tokens.`)
};

export const help_stores_secrets_name = /** @type {(inputs: Help_Stores_Secrets_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your password and sign-in tokens`)
};

export const help_stores_secrets_text = /** @type {(inputs: Help_Stores_Secrets_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` only in your system's keyring (GNOME Keyring or KWallet, Windows Credential Manager, the macOS Keychain), and the password only if you choose "Remember my password". Never in a file.`)
};

export const help_stores_settings_name = /** @type {(inputs: Help_Stores_Settings_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Settings`)
};

export const help_stores_settings_text = /** @type {(inputs: Help_Stores_Settings_TextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (` (server address, sign-in address, notification and theme choices) in a file named settings.json in the app's data folder: ${i?.linux} on Linux, ${i?.windows} on Windows, ${i?.mac} on macOS.`)
};

export const help_stores_tags_name = /** @type {(inputs: Help_Stores_Tags_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Who you tagged`)
};

export const help_stores_tags_text = /** @type {(inputs: Help_Stores_Tags_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` for status alerts in the tags folder, per account.`)
};

export const help_stores_title = /** @type {(inputs: Help_Stores_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What the app keeps, and where`)
};

export const help_table_caption = /** @type {(inputs: Help_Table_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Who sees each piece of your information`)
};

export const help_table_information = /** @type {(inputs: Help_Table_InformationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Information`)
};

export const help_title = /** @type {(inputs: Help_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Help and about`)
};

export const help_trouble_title = /** @type {(inputs: Help_Trouble_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Troubleshooting`)
};

export const help_version = /** @type {(inputs: Help_VersionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Version`)
};

export const help_yes = /** @type {(inputs: Help_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yes`)
};

export const invite_answer_hint = /** @type {(inputs: Invite_Answer_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Answer in Skype for Business: this app does not take calls.`)
};

export const invite_call = /** @type {(inputs: Invite_CallInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} is calling`)
};

export const invite_call_for = /** @type {(inputs: Invite_Call_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} is calling for ${i?.delegator}`)
};

export const invite_call_on_behalf = /** @type {(inputs: Invite_Call_On_BehalfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} is calling on behalf of ${i?.boss}`)
};

export const invite_call_on_behalf_for = /** @type {(inputs: Invite_Call_On_Behalf_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} is calling on behalf of ${i?.boss} for ${i?.delegator}`)
};

export const invite_chat = /** @type {(inputs: Invite_ChatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} wants to chat`)
};

export const invite_chat_for = /** @type {(inputs: Invite_Chat_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} wants to chat for ${i?.delegator}`)
};

export const invite_chat_on_behalf = /** @type {(inputs: Invite_Chat_On_BehalfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} wants to chat on behalf of ${i?.boss}`)
};

export const invite_chat_on_behalf_for = /** @type {(inputs: Invite_Chat_On_Behalf_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} wants to chat on behalf of ${i?.boss} for ${i?.delegator}`)
};

export const invite_clear_ended = /** @type {(inputs: Invite_Clear_EndedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Clear ended (${i?.n})`)
};

export const invite_dismiss = /** @type {(inputs: Invite_DismissInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Dismiss: ${i?.name}`)
};

export const invite_explain_delegator = /** @type {(inputs: Invite_Explain_DelegatorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This call is for ${i?.boss}. It comes to you because ${i?.boss} made you their delegate.`)
};

export const invite_explain_on_behalf = /** @type {(inputs: Invite_Explain_On_BehalfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} is ${i?.boss}'s delegate: someone ${i?.boss} lets place and answer calls for them.`)
};

export const invite_kind_audio_video = /** @type {(inputs: Invite_Kind_Audio_VideoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Call`)
};

export const invite_kind_messaging = /** @type {(inputs: Invite_Kind_MessagingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chat`)
};

export const invite_kind_phone_audio = /** @type {(inputs: Invite_Kind_Phone_AudioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Phone call`)
};

export const invite_none = /** @type {(inputs: Invite_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No invitations. Calls and chats you receive, including those on behalf of someone, show up here. This app shows them; you answer in Skype for Business.`)
};

export const invite_party = /** @type {(inputs: Invite_PartyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.role}: ${i?.name}`)
};

export const invite_party_level = /** @type {(inputs: Invite_Party_LevelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Relationship: ${i?.level}`)
};

export const invite_party_unknown = /** @type {(inputs: Invite_Party_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not in your contacts`)
};

export const invite_role_caller = /** @type {(inputs: Invite_Role_CallerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Caller`)
};

export const invite_role_delegator = /** @type {(inputs: Invite_Role_DelegatorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For (you are their delegate)`)
};

export const invite_role_on_behalf_of = /** @type {(inputs: Invite_Role_On_Behalf_OfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`On behalf of`)
};

export const invite_show_contact = /** @type {(inputs: Invite_Show_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show contact`)
};

export const invite_state_accepted = /** @type {(inputs: Invite_State_AcceptedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Accepted`)
};

export const invite_state_accepted_elsewhere = /** @type {(inputs: Invite_State_Accepted_ElsewhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Answered elsewhere`)
};

export const invite_state_cancelled = /** @type {(inputs: Invite_State_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cancelled`)
};

export const invite_state_declined = /** @type {(inputs: Invite_State_DeclinedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Declined`)
};

export const invite_state_missed = /** @type {(inputs: Invite_State_MissedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Missed`)
};

export const invite_state_ringing = /** @type {(inputs: Invite_State_RingingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ringing`)
};

export const invite_subject = /** @type {(inputs: Invite_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`“${i?.subject}”`)
};

export const invite_title = /** @type {(inputs: Invite_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Invitations`)
};

export const level_blocked = /** @type {(inputs: Level_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Blocked`)
};

export const level_colleagues = /** @type {(inputs: Level_ColleaguesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Colleagues`)
};

export const level_external = /** @type {(inputs: Level_ExternalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`External Contacts`)
};

export const level_friends = /** @type {(inputs: Level_FriendsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Friends and Family`)
};

export const level_unknown = /** @type {(inputs: Level_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unknown`)
};

export const level_workgroup = /** @type {(inputs: Level_WorkgroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Workgroup`)
};

export const menu_actions_for = /** @type {(inputs: Menu_Actions_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Actions for ${i?.name}`)
};

export const menu_auto_already = /** @type {(inputs: Menu_Auto_AlreadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Already at the level auto-assignment gives (${i?.level}).`)
};

export const menu_auto_assign = /** @type {(inputs: Menu_Auto_AssignInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auto-assign relationship`)
};

export const menu_auto_back = /** @type {(inputs: Menu_Auto_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Back to the level the server gives automatically.`)
};

export const menu_auto_back_to = /** @type {(inputs: Menu_Auto_Back_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Back to the level the server gives: ${i?.level}.`)
};

export const menu_copied = /** @type {(inputs: Menu_CopiedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Copied ${i?.address}`)
};

export const menu_copy_address = /** @type {(inputs: Menu_Copy_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy address`)
};

export const menu_copy_failed = /** @type {(inputs: Menu_Copy_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Could not copy to the clipboard.`)
};

export const menu_open_card = /** @type {(inputs: Menu_Open_CardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open card`)
};

export const notify_added = /** @type {(inputs: Notify_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} was added to your contacts`)
};

export const notify_alert_available_title = /** @type {(inputs: Notify_Alert_Available_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} is available`)
};

export const notify_alert_back_title = /** @type {(inputs: Notify_Alert_Back_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} is back`)
};

export const notify_alert_body = /** @type {(inputs: Notify_Alert_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} is ${i?.now} now (was ${i?.was}).`)
};

export const notify_alert_left_dnd_title = /** @type {(inputs: Notify_Alert_Left_Dnd_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} left Do Not Disturb`)
};

export const notify_alerts_available_title = /** @type {(inputs: Notify_Alerts_Available_TitleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} person is now available`);
	return /** @type {LocalizedString} */ (`${i?.count} people are now available`)
	
};

export const notify_alerts_back_title = /** @type {(inputs: Notify_Alerts_Back_TitleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} person is back`);
	return /** @type {LocalizedString} */ (`${i?.count} people are back`)
	
};

export const notify_alerts_body = /** @type {(inputs: Notify_Alerts_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list}.`)
};

export const notify_burst_body = /** @type {(inputs: Notify_Burst_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list}. Open Activity to see them all.`)
};

export const notify_burst_body_empty = /** @type {(inputs: Notify_Burst_Body_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open Activity to see them.`)
};

export const notify_burst_title = /** @type {(inputs: Notify_Burst_TitleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} relationship changed from another device`);
	return /** @type {LocalizedString} */ (`${i?.count} relationships changed from another device`)
	
};

export const notify_call_for = /** @type {(inputs: Notify_Call_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Call for ${i?.whom}`)
};

export const notify_changed_body = /** @type {(inputs: Notify_Changed_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.change} (was ${i?.level}).`)
};

export const notify_changed_title = /** @type {(inputs: Notify_Changed_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Changed from another device`)
};

export const notify_incoming_call = /** @type {(inputs: Notify_Incoming_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Incoming call`)
};

export const notify_incoming_message = /** @type {(inputs: Notify_Incoming_MessageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Incoming message`)
};

export const notify_is_calling = /** @type {(inputs: Notify_Is_CallingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} is calling${i?.subject}. Answer in Skype for Business.`)
};

export const notify_is_calling_for = /** @type {(inputs: Notify_Is_Calling_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} is calling for ${i?.whom}${i?.subject}. Answer in Skype for Business.`)
};

export const notify_list_and_more = /** @type {(inputs: Notify_List_And_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list} and ${i?.rest} more`)
};

export const notify_list_two = /** @type {(inputs: Notify_List_TwoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.first} and ${i?.second}`)
};

export const notify_message_for = /** @type {(inputs: Notify_Message_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Message for ${i?.whom}`)
};

export const notify_now_blocked = /** @type {(inputs: Notify_Now_BlockedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} is now blocked`)
};

export const notify_now_sees = /** @type {(inputs: Notify_Now_SeesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} now sees what ${i?.level} see`)
};

export const notify_now_unknown = /** @type {(inputs: Notify_Now_UnknownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The server no longer says what ${i?.name} sees`)
};

export const notify_removed = /** @type {(inputs: Notify_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} was removed from your contacts`)
};

export const notify_sent_message = /** @type {(inputs: Notify_Sent_MessageInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} sent a message${i?.subject}. Answer in Skype for Business.`)
};

export const notify_sent_message_for = /** @type {(inputs: Notify_Sent_Message_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} sent a message for ${i?.whom}${i?.subject}. Answer in Skype for Business.`)
};

export const notify_signed_out_title = /** @type {(inputs: Notify_Signed_Out_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UCWA Tray signed out`)
};

export const notify_status_away = /** @type {(inputs: Notify_Status_AwayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`away`)
};

export const notify_status_be_right_back = /** @type {(inputs: Notify_Status_Be_Right_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`back soon`)
};

export const notify_status_busy = /** @type {(inputs: Notify_Status_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`busy`)
};

export const notify_status_do_not_disturb = /** @type {(inputs: Notify_Status_Do_Not_DisturbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`on Do Not Disturb`)
};

export const notify_status_idle_busy = /** @type {(inputs: Notify_Status_Idle_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`busy (inactive)`)
};

export const notify_status_idle_online = /** @type {(inputs: Notify_Status_Idle_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`available (inactive)`)
};

export const notify_status_offline = /** @type {(inputs: Notify_Status_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`offline`)
};

export const notify_status_online = /** @type {(inputs: Notify_Status_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`available`)
};

export const notify_status_unknown = /** @type {(inputs: Notify_Status_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`unknown`)
};

export const notify_while_away_body = /** @type {(inputs: Notify_While_Away_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list}. Changed between ${i?.since} and ${i?.until}.`)
};

export const notify_while_away_title = /** @type {(inputs: Notify_While_Away_TitleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`While you were away: ${i?.count} relationship changed`);
	return /** @type {LocalizedString} */ (`While you were away: ${i?.count} relationships changed`)
	
};

export const passive_cli_needs_window = /** @type {(inputs: Passive_Cli_Needs_WindowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signing in through your organisation's sign-in page needs a window, which the command line cannot show. Sign in with the app instead.`)
};

export const passive_closed = /** @type {(inputs: Passive_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The sign-in page was closed.`)
};

export const passive_navigation_refused = /** @type {(inputs: Passive_Navigation_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The sign-in page tried to open ${i?.host}, which is not a secure server. Sign-in was stopped.`)
};

export const passive_not_completed = /** @type {(inputs: Passive_Not_CompletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The sign-in page did not sign you in. Try again.`)
};

export const passive_not_offered = /** @type {(inputs: Passive_Not_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This server does not offer sign-in through your organisation's sign-in page.`)
};

export const passive_only = /** @type {(inputs: Passive_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This server accepts sign-in only through your organisation's sign-in page.`)
};

export const passive_page_account_refused = /** @type {(inputs: Passive_Page_Account_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The sign-in page on ${i?.host} did not accept that Windows account. Check the user name (DOMAIN\\user or name@domain) and the password.`)
};

export const passive_page_needs_account = /** @type {(inputs: Passive_Page_Needs_AccountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The sign-in page on ${i?.host} asks for your Windows user name and password. Type them below and sign in again.`)
};

export const passive_page_untrusted = /** @type {(inputs: Passive_Page_UntrustedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The sign-in page is not on a server you signed in to: ${i?.host}.`)
};

export const passive_page_untrusted_unnamed = /** @type {(inputs: Passive_Page_Untrusted_UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The sign-in page is not on a server you signed in to.`)
};

export const passive_restore_sign_in_again = /** @type {(inputs: Passive_Restore_Sign_In_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in again with your organisation's page.`)
};

export const passive_window_title = /** @type {(inputs: Passive_Window_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sign in – ${i?.host}`)
};

export const policy_expects_flag = /** @type {(inputs: Policy_Expects_FlagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`true or false (1 or 0)`)
};

export const policy_expects_hosts = /** @type {(inputs: Policy_Expects_HostsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a list of host names or domains, such as contoso.com`)
};

export const policy_expects_server_address = /** @type {(inputs: Policy_Expects_Server_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`an https:// address or a server name`)
};

export const policy_expects_sign_in_methods = /** @type {(inputs: Policy_Expects_Sign_In_MethodsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`a list of one or more of ${i?.methods}`)
};

export const policy_file_not_file = /** @type {(inputs: Policy_File_Not_FileInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The policy file ${i?.path} is ignored: it is not a file.`)
};

export const policy_file_not_json = /** @type {(inputs: Policy_File_Not_JsonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The policy file ${i?.path} is ignored: it is not valid JSON.`)
};

export const policy_file_not_json_detail = /** @type {(inputs: Policy_File_Not_Json_DetailInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The policy file ${i?.path} is ignored: it is not valid JSON: ${i?.detail}.`)
};

export const policy_file_not_permitted = /** @type {(inputs: Policy_File_Not_PermittedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The policy file ${i?.path} is ignored: it may not be read.`)
};

export const policy_file_not_plist = /** @type {(inputs: Policy_File_Not_PlistInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The policy file ${i?.path} is ignored: it is not a valid property list.`)
};

export const policy_file_read_error = /** @type {(inputs: Policy_File_Read_ErrorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The policy file ${i?.path} is ignored: it could not be read (${i?.code}).`)
};

export const policy_file_too_large = /** @type {(inputs: Policy_File_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The policy file ${i?.path} is ignored: it is larger than ${i?.kilobytes} KB.`)
};

export const policy_invalid_value = /** @type {(inputs: Policy_Invalid_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The policy ${i?.name} in ${i?.source} is ignored: it must be ${i?.expects}.`)
};

export const policy_load_failed = /** @type {(inputs: Policy_Load_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The managed configuration could not be read: ${i?.why}`)
};

export const policy_not_named_values = /** @type {(inputs: Policy_Not_Named_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The policy in ${i?.source} is ignored: it is not a set of named values.`)
};

export const policy_source_unreadable = /** @type {(inputs: Policy_Source_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The policy in ${i?.source} could not be read: ${i?.why}`)
};

export const policy_unknown_key = /** @type {(inputs: Policy_Unknown_KeyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The policy ${i?.name} in ${i?.source} is not known and is ignored.`)
};

export const presence_away = /** @type {(inputs: Presence_AwayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Away`)
};

export const presence_be_right_back = /** @type {(inputs: Presence_Be_Right_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Be right back`)
};

export const presence_busy = /** @type {(inputs: Presence_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Busy`)
};

export const presence_do_not_disturb = /** @type {(inputs: Presence_Do_Not_DisturbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Do not disturb`)
};

export const presence_idle_busy = /** @type {(inputs: Presence_Idle_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Busy (inactive)`)
};

export const presence_idle_online = /** @type {(inputs: Presence_Idle_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inactive`)
};

export const presence_offline = /** @type {(inputs: Presence_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Offline`)
};

export const presence_online = /** @type {(inputs: Presence_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Available`)
};

export const presence_unknown = /** @type {(inputs: Presence_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Presence unknown`)
};

export const privacy_auto_anyway = /** @type {(inputs: Privacy_Auto_AnywayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Auto-assign (${i?.level}) anyway`)
};

export const privacy_change_failed = /** @type {(inputs: Privacy_Change_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Could not change ${i?.name} to ${i?.level}: ${i?.reason} ${i?.name} is still ${i?.current}.`)
};

export const privacy_change_level = /** @type {(inputs: Privacy_Change_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Change level`)
};

export const privacy_conflict = /** @type {(inputs: Privacy_ConflictInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Changed from another device meanwhile: ${i?.change}.`)
};

export const privacy_dismiss = /** @type {(inputs: Privacy_DismissInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dismiss`)
};

export const privacy_keep = /** @type {(inputs: Privacy_KeepInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Keep ${i?.level}`)
};

export const privacy_menu_label = /** @type {(inputs: Privacy_Menu_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Relationship level for ${i?.name}`)
};

export const privacy_offline = /** @type {(inputs: Privacy_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You can change it again once connected.`)
};

export const privacy_read_only = /** @type {(inputs: Privacy_Read_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server does not let you change this relationship.`)
};

export const privacy_same_as_auto = /** @type {(inputs: Privacy_Same_As_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`· same as auto-assigned`)
};

export const privacy_saving = /** @type {(inputs: Privacy_SavingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`— saving…`)
};

export const privacy_sees_line_blocked = /** @type {(inputs: Privacy_Sees_Line_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sees only your name and e-mail address, and cannot reach you.`)
};

export const privacy_sees_line_colleagues = /** @type {(inputs: Privacy_Sees_Line_ColleaguesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sees your contact card, presence, note, location and free/busy.`)
};

export const privacy_sees_line_external = /** @type {(inputs: Privacy_Sees_Line_ExternalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sees your contact card and presence.`)
};

export const privacy_sees_line_friends = /** @type {(inputs: Privacy_Sees_Line_FriendsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sees your contact card, presence, note, location, free/busy, meeting subjects, mobile phone, home phone and other phone.`)
};

export const privacy_sees_line_workgroup = /** @type {(inputs: Privacy_Sees_Line_WorkgroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sees your contact card, presence, note, location, free/busy, meeting subjects, meeting locations and mobile phone. Can reach you on Do Not Disturb.`)
};

export const privacy_sees_short_blocked = /** @type {(inputs: Privacy_Sees_Short_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only your name and e-mail address; cannot reach you.`)
};

export const privacy_sees_short_colleagues = /** @type {(inputs: Privacy_Sees_Short_ColleaguesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Presence, note, location and free/busy.`)
};

export const privacy_sees_short_external = /** @type {(inputs: Privacy_Sees_Short_ExternalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your contact card and presence.`)
};

export const privacy_sees_short_friends = /** @type {(inputs: Privacy_Sees_Short_FriendsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Presence, note, location, free/busy, meeting subjects, mobile phone, home phone and other phone.`)
};

export const privacy_sees_short_workgroup = /** @type {(inputs: Privacy_Sees_Short_WorkgroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Presence, note, location, free/busy, meeting subjects, meeting locations and mobile phone. Can reach you on Do Not Disturb.`)
};

export const privacy_sees_unknown = /** @type {(inputs: Privacy_Sees_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server did not say which level applies.`)
};

export const privacy_title = /** @type {(inputs: Privacy_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Privacy relationship`)
};

export const privacy_use_anyway = /** @type {(inputs: Privacy_Use_AnywayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Use ${i?.level} anyway`)
};

export const session_address_invalid = /** @type {(inputs: Session_Address_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server address is not a valid address.`)
};

export const session_address_needs_https = /** @type {(inputs: Session_Address_Needs_HttpsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server address must start with https://.`)
};

export const session_address_not_host = /** @type {(inputs: Session_Address_Not_HostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server address is not a host name or an https:// address.`)
};

export const session_address_plain_http = /** @type {(inputs: Session_Address_Plain_HttpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server address uses plain http, which is not secure. Use an https:// address.`)
};

export const session_demo_server = /** @type {(inputs: Session_Demo_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo server (on this computer)`)
};

export const session_links_unavailable = /** @type {(inputs: Session_Links_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Links cannot be opened from here.`)
};

export const session_not_signed_in = /** @type {(inputs: Session_Not_Signed_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You are not signed in. Sign in and try again.`)
};

export const session_replaced = /** @type {(inputs: Session_ReplacedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UCWA Tray was signed in somewhere else with the same application, so this copy stopped updating.`)
};

export const session_restore_failed = /** @type {(inputs: Session_Restore_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`You could not be signed in automatically. ${i?.said}`)
};

export const session_saved_password_refused = /** @type {(inputs: Session_Saved_Password_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your saved password was not accepted; sign in again.`)
};

export const session_saved_sign_in_expired = /** @type {(inputs: Session_Saved_Sign_In_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your saved sign-in has expired; sign in again.`)
};

export const settings_account = /** @type {(inputs: Settings_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Account`)
};

export const settings_alerts_include_away = /** @type {(inputs: Settings_Alerts_Include_AwayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For tagged people, also when they come back from Away or leave Do Not Disturb`)
};

export const settings_appearance = /** @type {(inputs: Settings_AppearanceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Appearance`)
};

export const settings_dark = /** @type {(inputs: Settings_DarkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dark`)
};

export const settings_language = /** @type {(inputs: Settings_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Language`)
};

export const settings_language_note = /** @type {(inputs: Settings_Language_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The window, the tray menu and notifications follow this language; “Same as the system” follows your computer’s.`)
};

export const settings_light = /** @type {(inputs: Settings_LightInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Light`)
};

export const settings_loading = /** @type {(inputs: Settings_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading settings…`)
};

export const settings_managed = /** @type {(inputs: Settings_ManagedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set by your organisation`)
};

export const settings_no_notifications = /** @type {(inputs: Settings_No_NotificationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This computer does not show notifications from UCWA Tray, so new changes are counted on the tray icon instead. On macOS, an unsigned build cannot show notifications: install a signed release.`)
};

export const settings_no_tray = /** @type {(inputs: Settings_No_TrayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This desktop shows no tray icons, so UCWA Tray keeps its window in the taskbar. On GNOME, install the "AppIndicator and KStatusNotifierItem Support" extension (gnome-shell-extension-appindicator) and log in again to get the tray icon.`)
};

export const settings_notifications = /** @type {(inputs: Settings_NotificationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notifications`)
};

export const settings_notify_changes = /** @type {(inputs: Settings_Notify_ChangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When a relationship is changed from another device`)
};

export const settings_notify_invitations = /** @type {(inputs: Settings_Notify_InvitationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When someone calls or chats on behalf of someone`)
};

export const settings_notify_signed_out = /** @type {(inputs: Settings_Notify_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When I am signed out`)
};

export const settings_pause = /** @type {(inputs: Settings_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pause notifications:`)
};

export const settings_pause_hour = /** @type {(inputs: Settings_Pause_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For 1 hour`)
};

export const settings_pause_tomorrow = /** @type {(inputs: Settings_Pause_TomorrowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Until tomorrow`)
};

export const settings_paused_until = /** @type {(inputs: Settings_Paused_UntilInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Paused until ${i?.time}.`)
};

export const settings_resume = /** @type {(inputs: Settings_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resume now`)
};

export const settings_same_as_system = /** @type {(inputs: Settings_Same_As_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Same as the system`)
};

export const settings_server = /** @type {(inputs: Settings_ServerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Server: ${i?.server}`)
};

export const settings_sign_out = /** @type {(inputs: Settings_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign out`)
};

export const settings_signed_in = /** @type {(inputs: Settings_Signed_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Signed in as ${i?.user} on ${i?.server}.`)
};

export const settings_signed_in_demo = /** @type {(inputs: Settings_Signed_In_DemoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Signed in as ${i?.user} to the demo server on this computer.`)
};

export const settings_start_at_login = /** @type {(inputs: Settings_Start_At_LoginInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Start UCWA Tray when I log in`)
};

export const settings_startup = /** @type {(inputs: Settings_StartupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Startup`)
};

export const settings_theme = /** @type {(inputs: Settings_ThemeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Theme`)
};

export const settings_title = /** @type {(inputs: Settings_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Settings`)
};

export const signin_address = /** @type {(inputs: Signin_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign-in address`)
};

export const signin_checking_methods = /** @type {(inputs: Signin_Checking_MethodsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Checking how this server signs you in…`)
};

export const signin_demo_failed = /** @type {(inputs: Signin_Demo_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The demo did not start`)
};

export const signin_demo_where = /** @type {(inputs: Signin_Demo_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`with sample contacts on this computer.`)
};

export const signin_first_run = /** @type {(inputs: Signin_First_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No server yet? Try the app with a built-in demo server and 40 sample contacts.`)
};

export const signin_intro = /** @type {(inputs: Signin_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`See who can see what about you, and change it.`)
};

export const signin_just_looking = /** @type {(inputs: Signin_Just_LookingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Just looking?`)
};

export const signin_method = /** @type {(inputs: Signin_MethodInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in with`)
};

export const signin_method_passive = /** @type {(inputs: Signin_Method_PassiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Organisation sign-in page`)
};

export const signin_method_password = /** @type {(inputs: Signin_Method_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`User name and password`)
};

export const signin_method_windows = /** @type {(inputs: Signin_Method_WindowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Windows account`)
};

export const signin_no_keyring = /** @type {(inputs: Signin_No_KeyringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No keyring is available on this computer, so your password cannot be remembered. You will be asked again after about 8 hours or when the app restarts.`)
};

export const signin_optional = /** @type {(inputs: Signin_OptionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(optional)`)
};

export const signin_other_account = /** @type {(inputs: Signin_Other_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use another account`)
};

export const signin_passive_account_hint = /** @type {(inputs: Signin_Passive_Account_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your Windows account, for your organisation's sign-in page only.`)
};

export const signin_passive_failed = /** @type {(inputs: Signin_Passive_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signing in with your organisation's page did not work`)
};

export const signin_passive_hint = /** @type {(inputs: Signin_Passive_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your organisation's sign-in page opens in its own window.`)
};

export const signin_passive_unavailable = /** @type {(inputs: Signin_Passive_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signing in with your organisation's page is not available yet.`)
};

export const signin_password = /** @type {(inputs: Signin_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Password`)
};

export const signin_problem = /** @type {(inputs: Signin_ProblemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.heading}.`)
};

export const signin_remember = /** @type {(inputs: Signin_RememberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Remember my password`)
};

export const signin_remember_signin = /** @type {(inputs: Signin_Remember_SigninInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keep me signed in`)
};

export const signin_server = /** @type {(inputs: Signin_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server address`)
};

export const signin_server_hint = /** @type {(inputs: Signin_Server_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leave empty to find the server automatically, or enter its name or discovery URL.`)
};

export const signin_server_placeholder = /** @type {(inputs: Signin_Server_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Found from your sign-in address`)
};

export const signin_steps = /** @type {(inputs: Signin_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signing in`)
};

export const signin_submit = /** @type {(inputs: Signin_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in`)
};

export const signin_title = /** @type {(inputs: Signin_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in to Skype for Business`)
};

export const signin_trust_host = /** @type {(inputs: Signin_Trust_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Trust ${i?.host} and sign in`)
};

export const signin_trust_warning = /** @type {(inputs: Signin_Trust_WarningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only continue if your organisation told you to sign in there. Your password will be sent to it.`)
};

export const signin_trust_warning_windows = /** @type {(inputs: Signin_Trust_Warning_WindowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only continue if your organisation told you to sign in there. Your Windows account will sign in to it.`)
};

export const signin_try_demo = /** @type {(inputs: Signin_Try_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Try the demo`)
};

export const signin_username = /** @type {(inputs: Signin_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`User name`)
};

export const signin_username_hint = /** @type {(inputs: Signin_Username_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DOMAIN\\user or user@domain, if your organisation signs you in with another name than your sign-in address.`)
};

export const signin_windows_failed = /** @type {(inputs: Signin_Windows_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Windows sign-in did not work`)
};

export const signin_windows_hint = /** @type {(inputs: Signin_Windows_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Uses the account you are signed in to Windows (or your domain) with: no password needed.`)
};

export const store_added = /** @type {(inputs: Store_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Added.`)
};

export const store_already = /** @type {(inputs: Store_AlreadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Already ${i?.level}.`)
};

export const store_change_failed = /** @type {(inputs: Store_Change_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Could not change ${i?.name} to ${i?.level}: ${i?.reason} ${i?.name} is still ${i?.current}.`)
};

export const store_changed_many = /** @type {(inputs: Store_Changed_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Changed ${shown} contact`);
	return /** @type {LocalizedString} */ (`Changed ${shown} contacts`)
	
};

export const store_clipboard_failed = /** @type {(inputs: Store_Clipboard_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Could not copy to the clipboard.`)
};

export const store_conflict_elsewhere = /** @type {(inputs: Store_Conflict_ElsewhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Not changed: changed from another device meanwhile. ${i?.change}.`)
};

export const store_conflict_reason = /** @type {(inputs: Store_Conflict_ReasonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`it was changed from another device meanwhile.`)
};

export const store_diagnostics_copied = /** @type {(inputs: Store_Diagnostics_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diagnostics copied. Paste them into your message to support.`)
};

export const store_diagnostics_failed = /** @type {(inputs: Store_Diagnostics_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Could not collect diagnostics: ${i?.reason}`)
};

export const store_group_created = /** @type {(inputs: Store_Group_CreatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Group “${i?.name}” created.`)
};

export const store_group_deleted = /** @type {(inputs: Store_Group_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Group deleted.`)
};

export const store_no_answer = /** @type {(inputs: Store_No_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The app did not say what happened to this change.`)
};

export const store_no_level_below = /** @type {(inputs: Store_No_Level_BelowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No level below.`)
};

export const store_no_one_found = /** @type {(inputs: Store_No_One_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No one found for “${i?.query}”.`)
};

export const store_not_changeable = /** @type {(inputs: Store_Not_ChangeableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server does not let you change it.`)
};

export const store_not_changed_many = /** @type {(inputs: Store_Not_Changed_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} contact was not changed`);
	return /** @type {LocalizedString} */ (`${shown} contacts were not changed`)
	
};

export const store_not_changed_one = /** @type {(inputs: Store_Not_Changed_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} was not changed: ${i?.reason}`)
};

export const store_not_in_list = /** @type {(inputs: Store_Not_In_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This contact is no longer in your list.`)
};

export const store_now_blocked_many = /** @type {(inputs: Store_Now_Blocked_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} contact now blocked`);
	return /** @type {LocalizedString} */ (`${shown} contacts now blocked`)
	
};

export const store_now_see_many = /** @type {(inputs: Store_Now_See_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} contact now sees ${i?.level} info`);
	return /** @type {LocalizedString} */ (`${shown} contacts now see ${i?.level} info`)
	
};

export const store_removed = /** @type {(inputs: Store_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Removed.`)
};

export const store_removed_from_group = /** @type {(inputs: Store_Removed_From_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Removed from the group.`)
};

export const store_renamed = /** @type {(inputs: Store_RenamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Renamed.`)
};

export const store_undone_many = /** @type {(inputs: Store_Undone_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Undone for ${shown} contact`);
	return /** @type {LocalizedString} */ (`Undone for ${shown} contacts`)
	
};

export const store_undone_one = /** @type {(inputs: Store_Undone_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Undone: ${i?.name} is back to ${i?.level}`)
};

export const store_with_failures = /** @type {(inputs: Store_With_FailuresInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done}; ${i?.failures}`)
};

export const tabs_activity = /** @type {(inputs: Tabs_ActivityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Activity`)
};

export const tabs_contacts = /** @type {(inputs: Tabs_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contacts`)
};

export const tabs_groups = /** @type {(inputs: Tabs_GroupsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Groups`)
};

export const tabs_help = /** @type {(inputs: Tabs_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Help`)
};

export const tabs_invitations = /** @type {(inputs: Tabs_InvitationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Invitations`)
};

export const tabs_label = /** @type {(inputs: Tabs_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Views`)
};

export const tabs_new = /** @type {(inputs: Tabs_NewInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} new`);
	return /** @type {LocalizedString} */ (`${shown} new`)
	
};

export const tabs_ringing = /** @type {(inputs: Tabs_RingingInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} ringing`);
	return /** @type {LocalizedString} */ (`${shown} ringing`)
	
};

export const tabs_settings = /** @type {(inputs: Tabs_SettingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Settings`)
};

export const tabs_who_sees = /** @type {(inputs: Tabs_Who_SeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Who sees what`)
};

export const tray_change_yours = /** @type {(inputs: Tray_Change_YoursInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.change} (you)`)
};

export const tray_connected = /** @type {(inputs: Tray_ConnectedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Connected as ${i?.user}`)
};

export const tray_connected_demo = /** @type {(inputs: Tray_Connected_DemoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Connected as ${i?.user} (demo)`)
};

export const tray_notifications_unavailable = /** @type {(inputs: Tray_Notifications_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notifications cannot be shown here: new changes are counted on this icon`)
};

export const tray_open = /** @type {(inputs: Tray_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open UCWA Tray`)
};

export const tray_pause = /** @type {(inputs: Tray_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pause notifications`)
};

export const tray_pause_hour = /** @type {(inputs: Tray_Pause_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For 1 hour`)
};

export const tray_pause_tomorrow = /** @type {(inputs: Tray_Pause_TomorrowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Until tomorrow`)
};

export const tray_paused_until = /** @type {(inputs: Tray_Paused_UntilInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Notifications paused until ${i?.time}`)
};

export const tray_quit = /** @type {(inputs: Tray_QuitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quit UCWA Tray`)
};

export const tray_recent = /** @type {(inputs: Tray_RecentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recent changes`)
};

export const tray_recent_none = /** @type {(inputs: Tray_Recent_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No changes yet`)
};

export const tray_reconnecting = /** @type {(inputs: Tray_ReconnectingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Reconnecting (next try ${i?.time})`)
};

export const tray_replaced = /** @type {(inputs: Tray_ReplacedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stopped: UCWA Tray is signed in somewhere else`)
};

export const tray_resume = /** @type {(inputs: Tray_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resume notifications`)
};

export const tray_sign_out = /** @type {(inputs: Tray_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign out`)
};

export const tray_signed_out = /** @type {(inputs: Tray_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signed out`)
};

export const tray_signed_out_because = /** @type {(inputs: Tray_Signed_Out_BecauseInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Signed out: ${i?.reason}`)
};

export const tray_signing_in = /** @type {(inputs: Tray_Signing_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Signing in: ${i?.step}…`)
};

export const tray_step_authenticating = /** @type {(inputs: Tray_Step_AuthenticatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`signing in`)
};

export const tray_step_creating_application = /** @type {(inputs: Tray_Step_Creating_ApplicationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`starting the session`)
};

export const tray_step_discovering = /** @type {(inputs: Tray_Step_DiscoveringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`finding the server`)
};

export const tray_step_loading_contacts = /** @type {(inputs: Tray_Step_Loading_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`loading contacts`)
};

export const tray_tooltip_state = /** @type {(inputs: Tray_Tooltip_StateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`UCWA Tray: ${i?.state}`)
};

export const tray_unseen = /** @type {(inputs: Tray_UnseenInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} new relationship change`);
	return /** @type {LocalizedString} */ (`${i?.count} new relationship changes`)
	
};

export const trust_bad_url = /** @type {(inputs: Trust_Bad_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server sent a link that cannot be used.`)
};

export const trust_bad_url_host = /** @type {(inputs: Trust_Bad_Url_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The server sent a link to ${i?.host} that cannot be used safely.`)
};

export const trust_insecure = /** @type {(inputs: Trust_InsecureInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.host} does not use a secure (https) connection, so nothing was sent to it.`)
};

export const trust_insecure_unnamed = /** @type {(inputs: Trust_Insecure_UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a server does not use a secure (https) connection, so nothing was sent to it.`)
};

export const trust_kdc_unreachable = /** @type {(inputs: Trust_Kdc_UnreachableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your domain’s Kerberos server cannot be reached. Check the network, then try again.`)
};

export const trust_kerberos_failed = /** @type {(inputs: Trust_Kerberos_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kerberos sign-in to ${i?.host} did not work.`)
};

export const trust_kerberos_insecure = /** @type {(inputs: Trust_Kerberos_InsecureInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.host} does not use a secure (https) connection, so Windows sign-in was not sent to it.`)
};

export const trust_kerberos_ticket_expired = /** @type {(inputs: Trust_Kerberos_Ticket_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your Kerberos ticket has expired. Sign in to your domain again (kinit), then try again.`)
};

export const trust_kerberos_unavailable = /** @type {(inputs: Trust_Kerberos_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Windows sign-in needs Kerberos support, which is not installed with this copy of the app.`)
};

export const trust_negotiate_not_offered = /** @type {(inputs: Trust_Negotiate_Not_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This server offers Windows sign-in, but not with Kerberos from this computer.`)
};

export const trust_no_kerberos_ticket = /** @type {(inputs: Trust_No_Kerberos_TicketInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You have no Kerberos ticket. Sign in to your domain first (for example with kinit), then try again.`)
};

export const trust_ntlm_needs_account = /** @type {(inputs: Trust_Ntlm_Needs_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This server signs in Windows accounts with NTLM: enter your Windows user name and password.`)
};

export const trust_ntlm_refused = /** @type {(inputs: Trust_Ntlm_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server refused your Windows user name or password (NTLM). Check both and try again.`)
};

export const trust_password_not_offered = /** @type {(inputs: Trust_Password_Not_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This server does not accept password sign-in.`)
};

export const trust_token_elsewhere = /** @type {(inputs: Trust_Token_ElsewhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The server asked for your sign-in to be sent to ${i?.host}, which you have not signed in to.`)
};

export const trust_token_elsewhere_unnamed = /** @type {(inputs: Trust_Token_Elsewhere_UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server asked for your sign-in to be sent to a server, which you have not signed in to.`)
};

export const trust_unknown_service = /** @type {(inputs: Trust_Unknown_ServiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.host} is not set up for Kerberos sign-in in your domain.`)
};

export const trust_untrusted_host = /** @type {(inputs: Trust_Untrusted_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The server pointed to ${i?.host}, which you have not signed in to.`)
};

export const trust_untrusted_host_unnamed = /** @type {(inputs: Trust_Untrusted_Host_UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server pointed to a server, which you have not signed in to.`)
};

export const trust_windows_not_offered = /** @type {(inputs: Trust_Windows_Not_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This server does not offer Windows sign-in.`)
};

export const words_by_other_device = /** @type {(inputs: Words_By_Other_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Another device`)
};

export const words_by_you = /** @type {(inputs: Words_By_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You, in this app`)
};

export const words_changed_elsewhere = /** @type {(inputs: Words_Changed_ElsewhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Changed from another device: ${i?.change} (was ${i?.level})`)
};

export const words_level_no_longer_known = /** @type {(inputs: Words_Level_No_Longer_KnownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}'s level is no longer known`)
};

export const words_level_not_known = /** @type {(inputs: Words_Level_Not_KnownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}'s level is not known`)
};

export const words_network_dropped = /** @type {(inputs: Words_Network_DroppedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The network connection to the server dropped.`)
};

export const words_now_sees_info = /** @type {(inputs: Words_Now_Sees_InfoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} now sees ${i?.level} info`)
};

export const words_offline = /** @type {(inputs: Words_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This computer is offline.`)
};

export const words_server_dropped = /** @type {(inputs: Words_Server_DroppedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server dropped the connection.`)
};

export const wsw_and = /** @type {(inputs: Wsw_AndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.head} and ${i?.last}`)
};

export const wsw_basics_blocked = /** @type {(inputs: Wsw_Basics_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`only your name and e-mail address, and they cannot reach you`)
};

export const wsw_basics_card = /** @type {(inputs: Wsw_Basics_CardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`your name, title, e-mail, company, office, picture`)
};

export const wsw_basics_unknown = /** @type {(inputs: Wsw_Basics_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`what the server allows: it did not say which level applies`)
};

export const wsw_contact_card = /** @type {(inputs: Wsw_Contact_CardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`your contact card`)
};

export const wsw_contacts = /** @type {(inputs: Wsw_ContactsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} contact`);
	return /** @type {LocalizedString} */ (`${shown} contacts`)
	
};

export const wsw_info_dnd_label = /** @type {(inputs: Wsw_Info_Dnd_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a way to reach you on Do Not Disturb`)
};

export const wsw_info_dnd_short = /** @type {(inputs: Wsw_Info_Dnd_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Do Not Disturb`)
};

export const wsw_info_free_busy_label = /** @type {(inputs: Wsw_Info_Free_Busy_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`when you are free or busy`)
};

export const wsw_info_free_busy_listed = /** @type {(inputs: Wsw_Info_Free_Busy_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`when you are free or busy`)
};

export const wsw_info_free_busy_short = /** @type {(inputs: Wsw_Info_Free_Busy_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`free/busy`)
};

export const wsw_info_home_phone_label = /** @type {(inputs: Wsw_Info_Home_Phone_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`your home phone number`)
};

export const wsw_info_home_phone_listed = /** @type {(inputs: Wsw_Info_Home_Phone_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`home phone number`)
};

export const wsw_info_home_phone_short = /** @type {(inputs: Wsw_Info_Home_Phone_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`home phone`)
};

export const wsw_info_location_label = /** @type {(inputs: Wsw_Info_Location_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`your location`)
};

export const wsw_info_location_listed = /** @type {(inputs: Wsw_Info_Location_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`location`)
};

export const wsw_info_location_short = /** @type {(inputs: Wsw_Info_Location_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`location`)
};

export const wsw_info_meeting_locations_label = /** @type {(inputs: Wsw_Info_Meeting_Locations_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`your meeting locations`)
};

export const wsw_info_meeting_locations_listed = /** @type {(inputs: Wsw_Info_Meeting_Locations_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`meeting locations`)
};

export const wsw_info_meeting_locations_short = /** @type {(inputs: Wsw_Info_Meeting_Locations_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`meeting locations`)
};

export const wsw_info_meeting_subjects_label = /** @type {(inputs: Wsw_Info_Meeting_Subjects_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`your meeting subjects`)
};

export const wsw_info_meeting_subjects_listed = /** @type {(inputs: Wsw_Info_Meeting_Subjects_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`meeting subjects`)
};

export const wsw_info_meeting_subjects_short = /** @type {(inputs: Wsw_Info_Meeting_Subjects_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`meeting subjects`)
};

export const wsw_info_mobile_phone_label = /** @type {(inputs: Wsw_Info_Mobile_Phone_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`your mobile phone number`)
};

export const wsw_info_mobile_phone_listed = /** @type {(inputs: Wsw_Info_Mobile_Phone_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mobile phone number`)
};

export const wsw_info_mobile_phone_short = /** @type {(inputs: Wsw_Info_Mobile_Phone_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mobile phone`)
};

export const wsw_info_note_label = /** @type {(inputs: Wsw_Info_Note_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`your note and out-of-office message`)
};

export const wsw_info_note_listed = /** @type {(inputs: Wsw_Info_Note_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`note and out-of-office message`)
};

export const wsw_info_note_short = /** @type {(inputs: Wsw_Info_Note_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`note`)
};

export const wsw_info_other_phone_label = /** @type {(inputs: Wsw_Info_Other_Phone_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`your other phone number`)
};

export const wsw_info_other_phone_listed = /** @type {(inputs: Wsw_Info_Other_Phone_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`other phone number`)
};

export const wsw_info_other_phone_short = /** @type {(inputs: Wsw_Info_Other_Phone_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`other phone`)
};

export const wsw_info_presence_label = /** @type {(inputs: Wsw_Info_Presence_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`your presence (Available, Busy, Away…)`)
};

export const wsw_info_presence_listed = /** @type {(inputs: Wsw_Info_Presence_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`presence`)
};

export const wsw_info_presence_short = /** @type {(inputs: Wsw_Info_Presence_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`presence`)
};

export const wsw_intro = /** @type {(inputs: Wsw_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What each of your contacts can see about you, from the relationship you have with them. Moving people down a level shows them less; Undo brings them back.`)
};

export const wsw_level_count = /** @type {(inputs: Wsw_Level_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} ${i?.level}`)
};

export const wsw_level_not_said = /** @type {(inputs: Wsw_Level_Not_SaidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server did not say which level applies.`)
};

export const wsw_line_blocked = /** @type {(inputs: Wsw_Line_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sees only your name and e-mail address, and cannot reach you.`)
};

export const wsw_more = /** @type {(inputs: Wsw_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`and ${shown} more (search them in Contacts)`);
	return /** @type {LocalizedString} */ (`and ${shown} more (search them in Contacts)`)
	
};

export const wsw_move_down = /** @type {(inputs: Wsw_Move_DownInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Move this person down a level`);
	return /** @type {LocalizedString} */ (`Move these ${shown} people down a level`)
	
};

export const wsw_nobody = /** @type {(inputs: Wsw_NobodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nobody`)
};

export const wsw_people = /** @type {(inputs: Wsw_PeopleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} person`);
	return /** @type {LocalizedString} */ (`${shown} people`)
	
};

export const wsw_reach_dnd = /** @type {(inputs: Wsw_Reach_DndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Can reach you on Do Not Disturb.`)
};

export const wsw_seen_by = /** @type {(inputs: Wsw_Seen_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Seen by ${i?.levels}`)
};

export const wsw_sees = /** @type {(inputs: Wsw_SeesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sees ${i?.items}.`)
};

export const wsw_short_blocked = /** @type {(inputs: Wsw_Short_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only your name and e-mail address; cannot reach you.`)
};

export const wsw_title = /** @type {(inputs: Wsw_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Who sees what`)
};

export const wsw_unknown = /** @type {(inputs: Wsw_UnknownInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`The server did not say the level of ${shown} contact: they are not counted below.`);
	return /** @type {LocalizedString} */ (`The server did not say the level of ${shown} contacts: they are not counted below.`)
	
};

export const wsw_who = /** @type {(inputs: Wsw_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Who`)
};