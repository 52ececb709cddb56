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
	return /** @type {LocalizedString} */ (`Ajouté à vos contacts`)
};

export const activity_any_level = /** @type {(inputs: Activity_Any_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tous les niveaux`)
};

export const activity_anyone = /** @type {(inputs: Activity_AnyoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`N’importe qui`)
};

export const activity_away_changed = /** @type {(inputs: Activity_Away_ChangedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} relation modifiée ${i?.between}.`);
	return /** @type {LocalizedString} */ (`${shown} relations modifiées ${i?.between}.`)
	
};

export const activity_by = /** @type {(inputs: Activity_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Par`)
};

export const activity_cannot_change = /** @type {(inputs: Activity_Cannot_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ne peut pas être modifié`)
};

export const activity_caption = /** @type {(inputs: Activity_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Changements de relation, les plus récents d’abord`)
};

export const activity_change = /** @type {(inputs: Activity_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Changement`)
};

export const activity_changed_by = /** @type {(inputs: Activity_Changed_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Modifié par`)
};

export const activity_contact = /** @type {(inputs: Activity_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contact`)
};

export const activity_csv_from = /** @type {(inputs: Activity_Csv_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`De`)
};

export const activity_csv_sip = /** @type {(inputs: Activity_Csv_SipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adresse SIP`)
};

export const activity_csv_to = /** @type {(inputs: Activity_Csv_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`À`)
};

export const activity_csv_when = /** @type {(inputs: Activity_Csv_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Date (UTC)`)
};

export const activity_empty = /** @type {(inputs: Activity_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucun changement de relation pour l’instant. Les changements faits ici ou depuis un autre appareil ou client sont listés ici.`)
};

export const activity_export = /** @type {(inputs: Activity_ExportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exporter en CSV`)
};

export const activity_filter_contact = /** @type {(inputs: Activity_Filter_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filtrer par contact`)
};

export const activity_filters = /** @type {(inputs: Activity_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filtrer l’activité`)
};

export const activity_is_level = /** @type {(inputs: Activity_Is_LevelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Déjà ${i?.level}`)
};

export const activity_level = /** @type {(inputs: Activity_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Niveau`)
};

export const activity_no_match = /** @type {(inputs: Activity_No_MatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucun changement ne correspond au filtre.`)
};

export const activity_not_in_list = /** @type {(inputs: Activity_Not_In_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pas dans votre liste`)
};

export const activity_removed = /** @type {(inputs: Activity_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Retiré de vos contacts (avant : ${i?.level})`)
};

export const activity_revert = /** @type {(inputs: Activity_RevertInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rétablir`)
};

export const activity_revert_label = /** @type {(inputs: Activity_Revert_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Remettre ${i?.name} au niveau ${i?.level}`)
};

export const activity_show_all = /** @type {(inputs: Activity_Show_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Afficher tous les changements`)
};

export const activity_title = /** @type {(inputs: Activity_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Activité`)
};

export const activity_to = /** @type {(inputs: Activity_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vers`)
};

export const activity_was_unknown = /** @type {(inputs: Activity_Was_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`N’était pas connu`)
};

export const activity_when = /** @type {(inputs: Activity_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quand`)
};

export const activity_while_away = /** @type {(inputs: Activity_While_AwayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pendant votre absence`)
};

export const activity_while_away_heading = /** @type {(inputs: Activity_While_Away_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pendant votre absence :`)
};

export const app_starting = /** @type {(inputs: App_StartingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Démarrage…`)
};

export const app_user_demo = /** @type {(inputs: App_User_DemoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.user} · démo`)
};

export const banner_error_heading = /** @type {(inputs: Banner_Error_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.heading} :`)
};

export const banner_next_try = /** @type {(inputs: Banner_Next_TryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Prochain essai ${i?.when}.`)
};

export const banner_reconnecting = /** @type {(inputs: Banner_ReconnectingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.headline} Reconnexion…`)
};

export const banner_retry_now = /** @type {(inputs: Banner_Retry_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Réessayer maintenant`)
};

export const banner_sign_in_again = /** @type {(inputs: Banner_Sign_In_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se reconnecter`)
};

export const banner_signed_out = /** @type {(inputs: Banner_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Déconnecté.`)
};

export const bulk_change = /** @type {(inputs: Bulk_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Modifier`)
};

export const bulk_change_all_to = /** @type {(inputs: Bulk_Change_All_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Les passer tous à`)
};

export const bulk_change_count = /** @type {(inputs: Bulk_Change_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Modifier ${i?.n} contact`);
	return /** @type {LocalizedString} */ (`Modifier ${i?.n} contacts`)
	
};

export const bulk_choose_level = /** @type {(inputs: Bulk_Choose_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choisir un niveau…`)
};

export const bulk_clear = /** @type {(inputs: Bulk_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Effacer la sélection`)
};

export const bulk_level_count = /** @type {(inputs: Bulk_Level_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n} ${i?.level}`)
};

export const bulk_names_more = /** @type {(inputs: Bulk_Names_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.names} et ${i?.n} autre`);
	return /** @type {LocalizedString} */ (`${i?.names} et ${i?.n} autres`)
	
};

export const bulk_now = /** @type {(inputs: Bulk_NowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Actuellement : ${i?.levels}.`)
};

export const bulk_offline = /** @type {(inputs: Bulk_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vous pourrez les modifier une fois connecté.`)
};

export const bulk_progress = /** @type {(inputs: Bulk_ProgressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Modification de ${i?.done} sur ${i?.total}…`)
};

export const bulk_progress_label = /** @type {(inputs: Bulk_Progress_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Modifications appliquées`)
};

export const bulk_selected = /** @type {(inputs: Bulk_SelectedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} contact sélectionné`);
	return /** @type {LocalizedString} */ (`${i?.n} contacts sélectionnés`)
	
};

export const bulk_skipped = /** @type {(inputs: Bulk_SkippedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} contact laissé tel quel`);
	return /** @type {LocalizedString} */ (`${i?.n} contacts laissés tels quels`)
	
};

export const card_can_use = /** @type {(inputs: Card_Can_UseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Peut utiliser`)
};

export const card_company = /** @type {(inputs: Card_CompanyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entreprise`)
};

export const card_department = /** @type {(inputs: Card_DepartmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Service`)
};

export const card_details_failed = /** @type {(inputs: Card_Details_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Impossible de charger tous les détails : ${i?.reason}`)
};

export const card_email = /** @type {(inputs: Card_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-mail`)
};

export const card_last_active = /** @type {(inputs: Card_Last_ActiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`· dernière activité : ${i?.time}`)
};

export const card_location = /** @type {(inputs: Card_LocationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Emplacement`)
};

export const card_note = /** @type {(inputs: Card_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Note :`)
};

export const card_note_out_of_office = /** @type {(inputs: Card_Note_Out_Of_OfficeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Absent du bureau :`)
};

export const card_office = /** @type {(inputs: Card_OfficeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bureau`)
};

export const card_phone_home = /** @type {(inputs: Card_Phone_HomeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Téléphone personnel`)
};

export const card_phone_mobile = /** @type {(inputs: Card_Phone_MobileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Téléphone mobile`)
};

export const card_phone_other = /** @type {(inputs: Card_Phone_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Autre téléphone`)
};

export const card_phone_work = /** @type {(inputs: Card_Phone_WorkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Téléphone professionnel`)
};

export const card_photo_of = /** @type {(inputs: Card_Photo_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Photo de ${i?.name}`)
};

export const card_sip_address = /** @type {(inputs: Card_Sip_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adresse SIP`)
};

export const card_source_network = /** @type {(inputs: Card_Source_NetworkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Réseau d'origine`)
};

export const channel_ended = /** @type {(inputs: Channel_EndedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a mis fin à la session.`)
};

export const channel_ended_agent_not_allowed = /** @type {(inputs: Channel_Ended_Agent_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur n’autorise pas cette application à se connecter.`)
};

export const channel_ended_expired = /** @type {(inputs: Channel_Ended_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La session a expiré après une longue période sans contact avec le serveur.`)
};

export const channel_ended_too_many = /** @type {(inputs: Channel_Ended_Too_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vous êtes connecté sur trop d’appareils. Déconnectez-vous ailleurs et réessayez.`)
};

export const channel_network = /** @type {(inputs: Channel_NetworkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le réseau n’est pas disponible.`)
};

export const channel_not_understood = /** @type {(inputs: Channel_Not_UnderstoodInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a envoyé une réponse qui n’a pas pu être comprise.`)
};

export const channel_outage_too_long = /** @type {(inputs: Channel_Outage_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La connexion a été perdue trop longtemps.`)
};

export const channel_password_refused = /** @type {(inputs: Channel_Password_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur n’accepte plus votre mot de passe. Reconnectez-vous.`)
};

export const channel_refused = /** @type {(inputs: Channel_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le serveur a refusé la connexion (HTTP ${i?.status}).`)
};

export const channel_server_error = /** @type {(inputs: Channel_Server_ErrorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le serveur a rencontré un problème (HTTP ${i?.status}).`)
};

export const channel_session_lost = /** @type {(inputs: Channel_Session_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur ne connaît plus cette session.`)
};

export const channel_sign_in_refused = /** @type {(inputs: Channel_Sign_In_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur refuse sans cesse notre connexion.`)
};

export const channel_timeout = /** @type {(inputs: Channel_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur n’a pas répondu à temps.`)
};

export const channel_untrusted_certificate = /** @type {(inputs: Channel_Untrusted_CertificateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le certificat de sécurité du serveur n’a pas pu être vérifié, la connexion n’a donc pas été établie.`)
};

export const channel_unusable_answer = /** @type {(inputs: Channel_Unusable_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a envoyé quelque chose que nous ne pouvons pas utiliser.`)
};

export const cli_commands = /** @type {(inputs: Cli_CommandsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`commandes :`)
};

export const cli_contacts_summary = /** @type {(inputs: Cli_Contacts_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`trouver des personnes, les ajouter à un groupe, les retirer d’un groupe ou de tous`)
};

export const cli_contacts_values = /** @type {(inputs: Cli_Contacts_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--contacts doit être un nombre entier jusqu’à 100000`)
};

export const cli_decode_summary = /** @type {(inputs: Cli_Decode_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`afficher chaque représentation UCWA sous forme de modèle normalisé`)
};

export const cli_format_values = /** @type {(inputs: Cli_Format_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--format doit être json ou xml`)
};

export const cli_group_not_created = /** @type {(inputs: Cli_Group_Not_CreatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`« ${i?.name} » n’a pas été créé`)
};

export const cli_groups_summary = /** @type {(inputs: Cli_Groups_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lister, créer, renommer ou supprimer des groupes de contacts`)
};

export const cli_host_loopback = /** @type {(inputs: Cli_Host_LoopbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--host doit être une adresse de bouclage (127.0.0.0/8, localhost ou ::1)`)
};

export const cli_level_now = /** @type {(inputs: Cli_Level_NowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(maintenant ${i?.level})`)
};

export const cli_level_values = /** @type {(inputs: Cli_Level_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LEVEL doit être l’une des valeurs suivantes : ${i?.levels}`)
};

export const cli_limit_values = /** @type {(inputs: Cli_Limit_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--limit doit être un nombre de 1 à 100`)
};

export const cli_neither_json_nor_xml = /** @type {(inputs: Cli_Neither_Json_Nor_XmlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ni JSON ni XML`)
};

export const cli_no_password = /** @type {(inputs: Cli_No_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pas de mot de passe : utilisez --password-stdin ou définissez UCWA_PASSWORD`)
};

export const cli_no_such_group = /** @type {(inputs: Cli_No_Such_GroupInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`il n’y a pas de groupe « ${i?.group} »`)
};

export const cli_not_in_contacts = /** @type {(inputs: Cli_Not_In_ContactsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.contact} ne fait pas partie de vos contacts.`)
};

export const cli_not_tagged = /** @type {(inputs: Cli_Not_TaggedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.uri} n’est pas marqué`)
};

export const cli_password_cancelled = /** @type {(inputs: Cli_Password_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`annulé`)
};

export const cli_password_line_too_long = /** @type {(inputs: Cli_Password_Line_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`la première ligne de l’entrée standard est trop longue`)
};

export const cli_password_note = /** @type {(inputs: Cli_Password_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Les mots de passe sont lus sur l’entrée standard (--password-stdin : saisis sans écho dans un terminal, sinon la première ligne) ou dans la variable d’environnement UCWA_PASSWORD, jamais dans les arguments. --verbose affiche le journal du protocole, expurgé, sur stderr.`)
};

export const cli_password_prompt = /** @type {(inputs: Cli_Password_PromptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mot de passe : `)
};

export const cli_password_unreadable = /** @type {(inputs: Cli_Password_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`le mot de passe n’a pas pu être lu : ${i?.reason}`)
};

export const cli_port_values = /** @type {(inputs: Cli_Port_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--port doit être compris entre 0 et 65535, reçu « ${i?.port} »`)
};

export const cli_relationship_summary = /** @type {(inputs: Cli_Relationship_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lire, modifier ou réinitialiser un niveau`)
};

export const cli_reset_done = /** @type {(inputs: Cli_Reset_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Réinitialisé à l’attribution automatique : ${i?.sentence}.`)
};

export const cli_signed_out = /** @type {(inputs: Cli_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`déconnecté`)
};

export const cli_sim_summary = /** @type {(inputs: Cli_Sim_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`démarrer le simulateur UCWA (première ligne : JSON avec discoverUrl, user, password)`)
};

export const cli_state_damaged = /** @type {(inputs: Cli_State_DamagedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`le fichier d’état ${i?.path} n’a pas pu être lu, donc rien n’est comparé cette fois ; il est réécrit à partir de maintenant`)
};

export const cli_state_option = /** @type {(inputs: Cli_State_OptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--state nécessite un nom de fichier`)
};

export const cli_tag_summary = /** @type {(inputs: Cli_Tag_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`marquer des contacts pour les alertes de changement de statut, retirer la marque, lister les contacts marqués`)
};

export const cli_type_values = /** @type {(inputs: Cli_Type_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--type doit être json ou xml`)
};

export const cli_unknown_command = /** @type {(inputs: Cli_Unknown_CommandInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`commande inconnue « ${i?.name} »`)
};

export const cli_usage = /** @type {(inputs: Cli_UsageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`utilisation : npm run --silent ucwa -- <commande> [options]`)
};

export const cli_usage_line = /** @type {(inputs: Cli_Usage_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`utilisation : ${i?.syntax}`)
};

export const cli_watch_summary = /** @type {(inputs: Cli_Watch_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`se connecter et diffuser les événements en NDJSON`)
};

export const contactlist_absent = /** @type {(inputs: Contactlist_AbsentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre serveur ne montre pas les groupes de contacts aux applications.`)
};

export const contactlist_already_in_group = /** @type {(inputs: Contactlist_Already_In_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cette personne fait déjà partie de ce groupe.`)
};

export const contactlist_delegates_read_only = /** @type {(inputs: Contactlist_Delegates_Read_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Les délégués se définissent dans Skype for Business ou Outlook : le serveur n’offre aux applications aucun moyen de les modifier.`)
};

export const contactlist_duplicate_group = /** @type {(inputs: Contactlist_Duplicate_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un groupe porte déjà ce nom. Choisissez-en un autre.`)
};

export const contactlist_failed = /** @type {(inputs: Contactlist_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vos groupes de contacts n’ont pas pu être lus. Une nouvelle tentative aura lieu à la prochaine modification.`)
};

export const contactlist_full = /** @type {(inputs: Contactlist_FullInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre liste de contacts est pleine : le serveur n’accepte plus de contacts. Retirez d’abord quelqu’un.`)
};

export const contactlist_group_changed = /** @type {(inputs: Contactlist_Group_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le groupe a été modifié ailleurs entre-temps. Il a été rechargé ; réessayez.`)
};

export const contactlist_member_not_in_group = /** @type {(inputs: Contactlist_Member_Not_In_GroupInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.uri} ne fait pas partie de ${i?.group}.`)
};

export const contactlist_no_search = /** @type {(inputs: Contactlist_No_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre serveur ne propose pas la recherche aux applications.`)
};

export const contactlist_no_such_group = /** @type {(inputs: Contactlist_No_Such_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce groupe ne figure plus dans votre liste de contacts.`)
};

export const contactlist_only_own_groups = /** @type {(inputs: Contactlist_Only_Own_GroupsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Seuls vos propres groupes peuvent être renommés ou supprimés : pas les Favoris, les Autres contacts ni les groupes gérés par le serveur.`)
};

export const contactlist_person_not_found = /** @type {(inputs: Contactlist_Person_Not_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.uri} est introuvable ; recherchez d’abord cette personne.`)
};

export const contactlist_read_only = /** @type {(inputs: Contactlist_Read_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre serveur ne permet pas aux applications de modifier votre liste de contacts (il lui faut le magasin de contacts unifié) : l’ajout, la suppression et les groupes ne sont donc pas proposés ici.`)
};

export const contacts_all_levels = /** @type {(inputs: Contacts_All_LevelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tous niveaux`)
};

export const contacts_group_select_all = /** @type {(inputs: Contacts_Group_Select_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tout sélectionner`)
};

export const contacts_group_select_all_in = /** @type {(inputs: Contacts_Group_Select_All_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sélectionner les ${i?.count} de ${i?.group}`)
};

export const contacts_jump = /** @type {(inputs: Contacts_JumpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aller à`)
};

export const contacts_jump_group = /** @type {(inputs: Contacts_Jump_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`un groupe…`)
};

export const contacts_no_company = /** @type {(inputs: Contacts_No_CompanyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucune entreprise`)
};

export const contacts_none_match = /** @type {(inputs: Contacts_None_MatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucun contact ne correspond.`)
};

export const contacts_placeholder = /** @type {(inputs: Contacts_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sélectionnez un contact pour voir ses détails et ce qu'il voit de vous. Ctrl+clic ou Maj+clic pour en choisir plusieurs et les modifier ensemble ; clic droit sur un contact pour ouvrir son menu.`)
};

export const contacts_row_saving = /** @type {(inputs: Contacts_Row_SavingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`enregistrement en cours`)
};

export const contacts_row_selected = /** @type {(inputs: Contacts_Row_SelectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sélectionné`)
};

export const contacts_search = /** @type {(inputs: Contacts_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rechercher des contacts`)
};

export const contacts_search_hint = /** @type {(inputs: Contacts_Search_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rechercher par nom, fonction, e-mail, entreprise ou service (Ctrl+F)`)
};

export const contacts_select_shown = /** @type {(inputs: Contacts_Select_ShownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sélectionner les ${i?.n}`)
};

export const contacts_show_level = /** @type {(inputs: Contacts_Show_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Niveau affiché`)
};

export const contacts_shown_of = /** @type {(inputs: Contacts_Shown_OfInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} contact sur ${i?.total}`);
	return /** @type {LocalizedString} */ (`${i?.n} contacts sur ${i?.total}`)
	
};

export const contacts_sort = /** @type {(inputs: Contacts_SortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trier`)
};

export const contacts_sort_company = /** @type {(inputs: Contacts_Sort_CompanyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`par entreprise`)
};

export const contacts_sort_last_change = /** @type {(inputs: Contacts_Sort_Last_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`par dernière modification`)
};

export const contacts_sort_level = /** @type {(inputs: Contacts_Sort_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`par niveau`)
};

export const contacts_sort_name = /** @type {(inputs: Contacts_Sort_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`par nom`)
};

export const contacts_title = /** @type {(inputs: Contacts_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contacts`)
};

export const dialog_block = /** @type {(inputs: Dialog_BlockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bloquer`)
};

export const dialog_block_body = /** @type {(inputs: Dialog_Block_BodyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.who} verra via Skype for Business : ${i?.what}.`);
	return /** @type {LocalizedString} */ (`Chacune de ces personnes verra via Skype for Business : ${i?.what}.`)
	
};

export const dialog_block_title = /** @type {(inputs: Dialog_Block_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bloquer ${i?.who} ?`)
};

export const dialog_cancel = /** @type {(inputs: Dialog_CancelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Annuler`)
};

export const discovery_no_answer = /** @type {(inputs: Discovery_No_AnswerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Aucun serveur Skype for Business n’a répondu pour ${i?.domain}. Essayé : ${i?.hosts}.`)
};

export const err_account_locked = /** @type {(inputs: Err_Account_LockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre compte est verrouillé`)
};

export const err_address_format = /** @type {(inputs: Err_Address_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saisissez votre adresse de connexion sous la forme nom@entreprise.com.`)
};

export const err_bad_server = /** @type {(inputs: Err_Bad_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’application ne peut pas utiliser cette adresse de serveur.`)
};

export const err_check_both = /** @type {(inputs: Err_Check_BothInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vérifiez les deux et réessayez. L’adresse de connexion est généralement votre adresse e-mail professionnelle.`)
};

export const err_forbidden = /** @type {(inputs: Err_ForbiddenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur ne l’autorise pas`)
};

export const err_insecure_url = /** @type {(inputs: Err_Insecure_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’adresse du serveur n’est pas sécurisée`)
};

export const err_invalid_argument = /** @type {(inputs: Err_Invalid_ArgumentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Veuillez vérifier votre saisie`)
};

export const err_invalid_grant = /** @type {(inputs: Err_Invalid_GrantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adresse de connexion ou mot de passe incorrect`)
};

export const err_network = /** @type {(inputs: Err_NetworkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Impossible de joindre le serveur`)
};

export const err_no_answer = /** @type {(inputs: Err_No_AnswerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`L’application n’a pas répondu (${i?.reason}).`)
};

export const err_no_keyring = /** @type {(inputs: Err_No_KeyringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre mot de passe ne peut pas être mémorisé sur cet ordinateur`)
};

export const err_not_available = /** @type {(inputs: Err_Not_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Indisponible pour le moment`)
};

export const err_not_signed_in = /** @type {(inputs: Err_Not_Signed_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vous êtes déconnecté`)
};

export const err_password_too_long = /** @type {(inputs: Err_Password_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le mot de passe est trop long.`)
};

export const err_server_not_found = /** @type {(inputs: Err_Server_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Serveur introuvable`)
};

export const err_service_failure = /** @type {(inputs: Err_Service_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a rencontré un problème`)
};

export const err_timeout = /** @type {(inputs: Err_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur n’a pas répondu à temps`)
};

export const err_tls = /** @type {(inputs: Err_TlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le certificat du serveur n’est pas approuvé`)
};

export const err_unknown = /** @type {(inputs: Err_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Une erreur s’est produite`)
};

export const err_untrusted_host = /** @type {(inputs: Err_Untrusted_HostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a renvoyé vers une autre adresse`)
};

export const error_aborted = /** @type {(inputs: Error_AbortedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La requête a été annulée.`)
};

export const error_account_locked = /** @type {(inputs: Error_Account_LockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre compte est verrouillé ou désactivé. Contactez votre administrateur.`)
};

export const error_bad_request = /** @type {(inputs: Error_Bad_RequestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a rejeté la requête comme non valide.`)
};

export const error_certificate_authority = /** @type {(inputs: Error_Certificate_AuthorityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Il a été émis par une autorité de certification à laquelle cet ordinateur ne fait pas confiance ; votre administrateur peut l’ajouter aux autorités de confiance.`)
};

export const error_certificate_date = /** @type {(inputs: Error_Certificate_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Il a expiré ou n’est pas encore valide ; vérifiez la date et l’heure de cet ordinateur.`)
};

export const error_certificate_name = /** @type {(inputs: Error_Certificate_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Il a été émis pour un autre nom de serveur.`)
};

export const error_certificate_revoked = /** @type {(inputs: Error_Certificate_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Il a été révoqué.`)
};

export const error_client_timeout = /** @type {(inputs: Error_Client_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’envoi de la requête a pris trop de temps. Réessayez.`)
};

export const error_conflict = /** @type {(inputs: Error_ConflictInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La modification est en conflit avec l’état actuel sur le serveur. Réessayez.`)
};

export const error_contact_not_in_list = /** @type {(inputs: Error_Contact_Not_In_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce contact ne figure pas dans votre liste.`)
};

export const error_entity_too_large = /** @type {(inputs: Error_Entity_Too_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La requête était trop volumineuse pour le serveur.`)
};

export const error_exchange_service_failure = /** @type {(inputs: Error_Exchange_Service_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur n’a pas pu joindre Exchange. Réessayez plus tard.`)
};

export const error_forbidden = /** @type {(inputs: Error_ForbiddenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vous n’êtes pas autorisé à faire cela.`)
};

export const error_foreign_sender = /** @type {(inputs: Error_Foreign_SenderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cette demande ne vient pas d’UCWA Tray.`)
};

export const error_gateway_timeout = /** @type {(inputs: Error_Gateway_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un serveur intermédiaire n’a pas répondu à temps. Réessayez dans un instant.`)
};

export const error_gone = /** @type {(inputs: Error_GoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre session a pris fin. Reconnectez-vous.`)
};

export const error_http_error = /** @type {(inputs: Error_Http_ErrorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a répondu par une erreur inattendue.`)
};

export const error_informational = /** @type {(inputs: Error_InformationalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a envoyé un avis d’information.`)
};

export const error_insecure_url = /** @type {(inputs: Error_Insecure_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’adresse du serveur n’est pas sécurisée (https est requis) : elle n’a donc pas été utilisée.`)
};

export const error_internal = /** @type {(inputs: Error_InternalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Une erreur s’est produite. Réessayez.`)
};

export const error_invalid_grant = /** @type {(inputs: Error_Invalid_GrantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le nom d’utilisateur ou le mot de passe est incorrect.`)
};

export const error_invalid_request = /** @type {(inputs: Error_Invalid_RequestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Requête non valide (${i?.detail}).`)
};

export const error_local_failure = /** @type {(inputs: Error_Local_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’opération a échoué sur cet ordinateur.`)
};

export const error_malformed_response = /** @type {(inputs: Error_Malformed_ResponseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a envoyé une réponse qui n’a pas pu être comprise.`)
};

export const error_method_not_allowed = /** @type {(inputs: Error_Method_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur n’autorise pas cette opération.`)
};

export const error_network = /** @type {(inputs: Error_NetworkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur est injoignable. Vérifiez votre connexion réseau.`)
};

export const error_no_answer_for_change = /** @type {(inputs: Error_No_Answer_For_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur n’a pas répondu à cette modification. Réessayez.`)
};

export const error_not_acceptable = /** @type {(inputs: Error_Not_AcceptableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur ne peut pas répondre dans le format demandé.`)
};

export const error_not_available = /** @type {(inputs: Error_Not_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur ne propose pas cette opération pour ce contact.`)
};

export const error_not_found = /** @type {(inputs: Error_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’élément n’existe plus sur le serveur.`)
};

export const error_precondition_failed = /** @type {(inputs: Error_Precondition_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quelqu’un d’autre a modifié cela entre-temps. La valeur actuelle a été rechargée.`)
};

export const error_precondition_required = /** @type {(inputs: Error_Precondition_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur exige la version actuelle avant toute modification. Rechargez et réessayez.`)
};

export const error_remote_failure = /** @type {(inputs: Error_Remote_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’autre partie n’a pas pu terminer l’opération.`)
};

export const error_response_too_large = /** @type {(inputs: Error_Response_Too_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a envoyé une réponse bien plus volumineuse que toute réponse réelle : elle n’a donc pas été lue.`)
};

export const error_server_not_found = /** @type {(inputs: Error_Server_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucun serveur Skype for Business n’a été trouvé pour cette adresse.`)
};

export const error_service_failure = /** @type {(inputs: Error_Service_FailureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a rencontré une erreur interne. Réessayez plus tard.`)
};

export const error_service_unavailable = /** @type {(inputs: Error_Service_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur est temporairement indisponible. Réessayez plus tard.`)
};

export const error_something_went_wrong = /** @type {(inputs: Error_Something_Went_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Une erreur s’est produite.`)
};

export const error_timeout = /** @type {(inputs: Error_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a mis trop de temps à répondre. Réessayez dans un instant.`)
};

export const error_tls = /** @type {(inputs: Error_TlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le certificat de sécurité du serveur n’a pas pu être vérifié, la connexion n’a donc pas été établie.`)
};

export const error_too_many_applications = /** @type {(inputs: Error_Too_Many_ApplicationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vous êtes connecté sur trop d’appareils. Déconnectez-vous ailleurs et réessayez.`)
};

export const error_too_many_requests = /** @type {(inputs: Error_Too_Many_RequestsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur est occupé. Réessayez dans un instant.`)
};

export const error_unauthorized = /** @type {(inputs: Error_UnauthorizedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur n’a pas accepté votre connexion. Reconnectez-vous.`)
};

export const error_unknown_request = /** @type {(inputs: Error_Unknown_RequestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demande inconnue.`)
};

export const error_unsupported_media_type = /** @type {(inputs: Error_Unsupported_Media_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur n’a pas accepté le format de la requête.`)
};

export const feedback_and_more = /** @type {(inputs: Feedback_And_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`et ${i?.n} autre`);
	return /** @type {LocalizedString} */ (`et ${i?.n} autres`)
	
};

export const feedback_dismiss = /** @type {(inputs: Feedback_DismissInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fermer`)
};

export const feedback_not_changed = /** @type {(inputs: Feedback_Not_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Qui n'a pas été modifié`)
};

export const feedback_show = /** @type {(inputs: Feedback_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Afficher`)
};

export const feedback_undo = /** @type {(inputs: Feedback_UndoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Annuler`)
};

export const format_between = /** @type {(inputs: Format_BetweenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`entre ${i?.from} et ${i?.to}`)
};

export const format_changed_between = /** @type {(inputs: Format_Changed_BetweenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`modifié ${i?.between}`)
};

export const format_contacts = /** @type {(inputs: Format_ContactsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} contact`);
	return /** @type {LocalizedString} */ (`${i?.n} contacts`)
	
};

export const format_countdown_minutes = /** @type {(inputs: Format_Countdown_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`dans ${i?.n} min`)
};

export const format_countdown_now = /** @type {(inputs: Format_Countdown_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`maintenant`)
};

export const format_countdown_seconds = /** @type {(inputs: Format_Countdown_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`dans ${i?.n} s`)
};

export const format_hours_ago = /** @type {(inputs: Format_Hours_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`il y a ${i?.n} h`)
};

export const format_just_now = /** @type {(inputs: Format_Just_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`à l'instant`)
};

export const format_minutes_ago = /** @type {(inputs: Format_Minutes_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`il y a ${i?.n} min`)
};

export const format_modality_audio = /** @type {(inputs: Format_Modality_AudioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Appels audio`)
};

export const format_modality_messaging = /** @type {(inputs: Format_Modality_MessagingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Messages instantanés`)
};

export const format_modality_phone_audio = /** @type {(inputs: Format_Modality_Phone_AudioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Appels téléphoniques`)
};

export const format_modality_video = /** @type {(inputs: Format_Modality_VideoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vidéo`)
};

export const format_source_federated = /** @type {(inputs: Format_Source_FederatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fédéré (une autre organisation)`)
};

export const format_source_public_cloud = /** @type {(inputs: Format_Source_Public_CloudInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Réseau public de messagerie instantanée`)
};

export const format_source_same_enterprise = /** @type {(inputs: Format_Source_Same_EnterpriseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre organisation`)
};

export const format_step_authenticating = /** @type {(inputs: Format_Step_AuthenticatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Connexion`)
};

export const format_step_creating_application = /** @type {(inputs: Format_Step_Creating_ApplicationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ouverture d'une session`)
};

export const format_step_discovering = /** @type {(inputs: Format_Step_DiscoveringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recherche du serveur`)
};

export const format_step_loading_contacts = /** @type {(inputs: Format_Step_Loading_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chargement des contacts`)
};

export const format_step_loading_count = /** @type {(inputs: Format_Step_Loading_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Chargement de ${i?.n} contact`);
	return /** @type {LocalizedString} */ (`Chargement de ${i?.n} contacts`)
	
};

export const format_yesterday = /** @type {(inputs: Format_YesterdayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`hier`)
};

export const groups_add = /** @type {(inputs: Groups_AddInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ajouter ${i?.name}`)
};

export const groups_add_to = /** @type {(inputs: Groups_Add_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ajouter à`)
};

export const groups_create = /** @type {(inputs: Groups_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Créer le groupe`)
};

export const groups_delegates_note = /** @type {(inputs: Groups_Delegates_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Définis dans Skype for Business : le serveur n’offre aux applications aucun moyen de les modifier.`)
};

export const groups_delegates_title = /** @type {(inputs: Groups_Delegates_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Délégués`)
};

export const groups_delete = /** @type {(inputs: Groups_DeleteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Supprimer ${i?.name}`)
};

export const groups_distribution = /** @type {(inputs: Groups_DistributionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`liste de distribution`)
};

export const groups_favorites = /** @type {(inputs: Groups_FavoritesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Favoris`)
};

export const groups_find_title = /** @type {(inputs: Groups_Find_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rechercher des personnes`)
};

export const groups_in_contacts = /** @type {(inputs: Groups_In_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dans vos contacts`)
};

export const groups_level = /** @type {(inputs: Groups_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Niveau`)
};

export const groups_list_title = /** @type {(inputs: Groups_List_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vos groupes`)
};

export const groups_managed_for = /** @type {(inputs: Groups_Managed_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personnes dont je gère les appels`)
};

export const groups_members_unread = /** @type {(inputs: Groups_Members_UnreadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Impossible de lire les membres : ${i?.reason}`)
};

export const groups_more_results = /** @type {(inputs: Groups_More_ResultsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`D’autres personnes correspondent : tapez davantage du nom.`)
};

export const groups_my_delegates = /** @type {(inputs: Groups_My_DelegatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mes délégués`)
};

export const groups_my_organization = /** @type {(inputs: Groups_My_OrganizationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mon organisation`)
};

export const groups_name_or_email = /** @type {(inputs: Groups_Name_Or_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nom ou e-mail`)
};

export const groups_new_group = /** @type {(inputs: Groups_New_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nouveau groupe`)
};

export const groups_new_name = /** @type {(inputs: Groups_New_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nouveau nom`)
};

export const groups_no_members = /** @type {(inputs: Groups_No_MembersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucun membre.`)
};

export const groups_no_tags = /** @type {(inputs: Groups_No_TagsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personne n’est marqué. Marquez quelqu’un pour être averti quand il devient disponible.`)
};

export const groups_none = /** @type {(inputs: Groups_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucun`)
};

export const groups_other_contacts = /** @type {(inputs: Groups_Other_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Autres contacts`)
};

export const groups_reading_members = /** @type {(inputs: Groups_Reading_MembersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lecture des membres…`)
};

export const groups_remove_from = /** @type {(inputs: Groups_Remove_FromInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Retirer de ${i?.group}`)
};

export const groups_rename = /** @type {(inputs: Groups_RenameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Renommer ${i?.name}`)
};

export const groups_save = /** @type {(inputs: Groups_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enregistrer`)
};

export const groups_search = /** @type {(inputs: Groups_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rechercher`)
};

export const groups_status_unknown = /** @type {(inputs: Groups_Status_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`statut pas encore connu`)
};

export const groups_tag = /** @type {(inputs: Groups_TagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Marquer pour les alertes`)
};

export const groups_tags_title = /** @type {(inputs: Groups_Tags_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Marqués pour les alertes de statut`)
};

export const groups_title = /** @type {(inputs: Groups_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Groupes`)
};

export const groups_untag = /** @type {(inputs: Groups_UntagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ne plus marquer`)
};

export const help_about_absent = /** @type {(inputs: Help_About_AbsentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Impossible de lire les détails de la version : ${i?.error}`)
};

export const help_about_title = /** @type {(inputs: Help_About_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`À propos de UCWA Tray`)
};

export const help_account = /** @type {(inputs: Help_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compte`)
};

export const help_auto_text = /** @type {(inputs: Help_Auto_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`« Attribuer automatiquement la relation » redonne à un contact le niveau que le serveur attribue de lui-même : Collègues pour les personnes de votre organisation, Contacts externes pour tous les autres. Quand le niveau d’un contact est celui que donne l’attribution automatique, l’application indique « identique à l’attribution automatique ». Le serveur ne dit pas si vous avez choisi ce niveau à la main : l’application n’en affirme donc pas davantage.`)
};

export const help_auto_title = /** @type {(inputs: Help_Auto_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Attribuer automatiquement la relation`)
};

export const help_built_on = /** @type {(inputs: Help_Built_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Construit avec`)
};

export const help_contacts_text = /** @type {(inputs: Help_Contacts_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ajouter et retirer des contacts et des groupes nécessite le magasin de contacts unifié de votre serveur ; si le serveur ne le propose pas, ces boutons ne sont pas affichés. Marquez quelqu’un pour les alertes de changement de statut afin d’être averti une fois quand il devient disponible (et, si vous le souhaitez, quand il revient d’« Absent » ou quitte « Ne pas déranger »).`)
};

export const help_copy_diagnostics = /** @type {(inputs: Help_Copy_DiagnosticsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copier le diagnostic`)
};

export const help_delegates_are = /** @type {(inputs: Help_Delegates_AreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` : les personnes qui peuvent répondre à vos appels ;`)
};

export const help_delegates_title = /** @type {(inputs: Help_Delegates_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Délégués, groupes et alertes de statut`)
};

export const help_delegators_are = /** @type {(inputs: Help_Delegators_AreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` : celles dont vous prenez les appels. Un appel passé au nom de l’une d’elles la nomme. Skype for Business définit les deux : le serveur n’offre aux applications aucun moyen de modifier les délégués ; cette application les affiche donc, mais ne peut ni en ajouter ni en retirer.`)
};

export const help_diagnostics_note = /** @type {(inputs: Help_Diagnostics_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le diagnostic est un court rapport sur l’état de l’application pour votre équipe d’assistance, sans mots de passe ni jetons.`)
};

export const help_label_colon = /** @type {(inputs: Help_Label_ColonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` :`)
};

export const help_levels_intro = /** @type {(inputs: Help_Levels_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chaque contact a l’une des cinq relations avec vous. Plus elle est proche, plus il en voit. Tous, sauf les contacts bloqués, voient votre nom, votre fonction, votre adresse e-mail, votre société, votre bureau et votre photo.`)
};

export const help_levels_title = /** @type {(inputs: Help_Levels_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce que chaque relation laisse voir`)
};

export const help_loading = /** @type {(inputs: Help_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chargement…`)
};

export const help_no = /** @type {(inputs: Help_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Non`)
};

export const help_not_signed_in = /** @type {(inputs: Help_Not_Signed_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Non connecté`)
};

export const help_protocol_format = /** @type {(inputs: Help_Protocol_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Format du protocole`)
};

export const help_protocol_note = /** @type {(inputs: Help_Protocol_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(ce que l’application demande au serveur ; prend effet à la prochaine connexion)`)
};

export const help_server = /** @type {(inputs: Help_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Serveur`)
};

export const help_signed_in_as = /** @type {(inputs: Help_Signed_In_AsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Connecté en tant que`)
};

export const help_signed_in_demo = /** @type {(inputs: Help_Signed_In_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`au serveur de démonstration de cet ordinateur.`)
};

export const help_signed_in_on = /** @type {(inputs: Help_Signed_In_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`sur ${i?.server}.`)
};

export const help_signed_in_with = /** @type {(inputs: Help_Signed_In_WithInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Connecté avec`)
};

export const help_sources_note = /** @type {(inputs: Help_Sources_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`D’où cela vient : de la référence UCWA (le protocole qu’utilise cette application) et de la documentation de Microsoft sur Lync et Skype for Business. Elles se contredisent sur un point : selon la référence UCWA, Amis et famille voient les titres de vos réunions, alors que d’anciennes références du client Lync disent qu’ils n’en voient ni les objets ni les lieux. Cette application suit la référence UCWA : Amis et famille sont indiqués comme voyant les objets des réunions, et seul Groupe de travail comme voyant les lieux des réunions et pouvant vous joindre en mode Ne pas déranger. Les paramètres de votre administrateur peuvent modifier ce qui est partagé.`)
};

export const help_stores_contacts = /** @type {(inputs: Help_Stores_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vos contacts et leurs niveaux restent sur le serveur ; l’application les garde en mémoire tant qu’elle tourne.`)
};

export const help_stores_history_name = /** @type {(inputs: Help_Stores_History_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La liste des changements de relation`)
};

export const help_stores_history_text = /** @type {(inputs: Help_Stores_History_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` (Activité) dans history.json, dans le même dossier.`)
};

export const help_stores_last_name = /** @type {(inputs: Help_Stores_Last_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le dernier niveau de chaque contact`)
};

export const help_stores_last_text = /** @type {(inputs: Help_Stores_Last_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, pour que l’application puisse vous dire ce qui a changé pendant qu’elle ne tournait pas, dans le dossier last-known à côté, un fichier par compte ; supprimé quand vous vous déconnectez sans « Se souvenir de moi » et par « Oublier ce compte ».`)
};

export const help_stores_log_name = /** @type {(inputs: Help_Stores_Log_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un fichier journal`)
};

export const help_stores_log_text = /** @type {(inputs: Help_Stores_Log_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` pour le dépannage, dans le dossier des journaux du système, sans mots de passe ni jetons.`)
};

export const help_stores_secrets_name = /** @type {(inputs: Help_Stores_Secrets_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre mot de passe et vos jetons de connexion`)
};

export const help_stores_secrets_text = /** @type {(inputs: Help_Stores_Secrets_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` uniquement dans le trousseau de votre système (GNOME Keyring ou KWallet, Gestionnaire d’identification Windows, Trousseau macOS), et le mot de passe seulement si vous choisissez « Mémoriser mon mot de passe ». Jamais dans un fichier.`)
};

export const help_stores_settings_name = /** @type {(inputs: Help_Stores_Settings_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Paramètres`)
};

export const help_stores_settings_text = /** @type {(inputs: Help_Stores_Settings_TextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (` (adresse du serveur, adresse de connexion, choix des notifications et du thème) dans un fichier nommé settings.json, dans le dossier de données de l’application : ${i?.linux} sous Linux, ${i?.windows} sous Windows, ${i?.mac} sous macOS.`)
};

export const help_stores_tags_name = /** @type {(inputs: Help_Stores_Tags_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Les personnes que vous avez marquées`)
};

export const help_stores_tags_text = /** @type {(inputs: Help_Stores_Tags_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` pour les alertes de statut, dans le dossier tags, par compte.`)
};

export const help_stores_title = /** @type {(inputs: Help_Stores_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce que l’application conserve, et où`)
};

export const help_table_caption = /** @type {(inputs: Help_Table_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Qui voit chacune de vos informations`)
};

export const help_table_information = /** @type {(inputs: Help_Table_InformationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Information`)
};

export const help_title = /** @type {(inputs: Help_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aide et à propos`)
};

export const help_trouble_title = /** @type {(inputs: Help_Trouble_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dépannage`)
};

export const help_version = /** @type {(inputs: Help_VersionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Version`)
};

export const help_yes = /** @type {(inputs: Help_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Oui`)
};

export const invite_answer_hint = /** @type {(inputs: Invite_Answer_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Répondez dans Skype Entreprise : cette application ne prend pas les appels.`)
};

export const invite_call = /** @type {(inputs: Invite_CallInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} appelle`)
};

export const invite_call_for = /** @type {(inputs: Invite_Call_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} appelle pour ${i?.delegator}`)
};

export const invite_call_on_behalf = /** @type {(inputs: Invite_Call_On_BehalfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} appelle de la part de ${i?.boss}`)
};

export const invite_call_on_behalf_for = /** @type {(inputs: Invite_Call_On_Behalf_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} appelle de la part de ${i?.boss} pour ${i?.delegator}`)
};

export const invite_chat = /** @type {(inputs: Invite_ChatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} souhaite discuter`)
};

export const invite_chat_for = /** @type {(inputs: Invite_Chat_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} souhaite discuter pour ${i?.delegator}`)
};

export const invite_chat_on_behalf = /** @type {(inputs: Invite_Chat_On_BehalfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} souhaite discuter de la part de ${i?.boss}`)
};

export const invite_chat_on_behalf_for = /** @type {(inputs: Invite_Chat_On_Behalf_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} souhaite discuter de la part de ${i?.boss} pour ${i?.delegator}`)
};

export const invite_clear_ended = /** @type {(inputs: Invite_Clear_EndedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Effacer les terminées (${i?.n})`)
};

export const invite_dismiss = /** @type {(inputs: Invite_DismissInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fermer : ${i?.name}`)
};

export const invite_explain_delegator = /** @type {(inputs: Invite_Explain_DelegatorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Cet appel est destiné à ${i?.boss}. Il vous parvient parce que ${i?.boss} vous a désigné comme délégué.`)
};

export const invite_explain_on_behalf = /** @type {(inputs: Invite_Explain_On_BehalfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} est délégué de ${i?.boss} : une personne que ${i?.boss} autorise à passer et à prendre des appels en son nom.`)
};

export const invite_kind_audio_video = /** @type {(inputs: Invite_Kind_Audio_VideoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Appel`)
};

export const invite_kind_messaging = /** @type {(inputs: Invite_Kind_MessagingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Conversation`)
};

export const invite_kind_phone_audio = /** @type {(inputs: Invite_Kind_Phone_AudioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Appel téléphonique`)
};

export const invite_none = /** @type {(inputs: Invite_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucune invitation. Les appels et conversations que vous recevez, y compris ceux passés de la part de quelqu'un, s'affichent ici. Cette application les montre ; vous y répondez dans Skype Entreprise.`)
};

export const invite_party = /** @type {(inputs: Invite_PartyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.role} : ${i?.name}`)
};

export const invite_party_level = /** @type {(inputs: Invite_Party_LevelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Relation : ${i?.level}`)
};

export const invite_party_unknown = /** @type {(inputs: Invite_Party_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Absent de vos contacts`)
};

export const invite_role_caller = /** @type {(inputs: Invite_Role_CallerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Appelant`)
};

export const invite_role_delegator = /** @type {(inputs: Invite_Role_DelegatorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pour (vous êtes son délégué)`)
};

export const invite_role_on_behalf_of = /** @type {(inputs: Invite_Role_On_Behalf_OfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`De la part de`)
};

export const invite_show_contact = /** @type {(inputs: Invite_Show_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Afficher le contact`)
};

export const invite_state_accepted = /** @type {(inputs: Invite_State_AcceptedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Accepté`)
};

export const invite_state_accepted_elsewhere = /** @type {(inputs: Invite_State_Accepted_ElsewhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Répondu ailleurs`)
};

export const invite_state_cancelled = /** @type {(inputs: Invite_State_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Annulé`)
};

export const invite_state_declined = /** @type {(inputs: Invite_State_DeclinedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Refusé`)
};

export const invite_state_missed = /** @type {(inputs: Invite_State_MissedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Manqué`)
};

export const invite_state_ringing = /** @type {(inputs: Invite_State_RingingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sonne`)
};

export const invite_subject = /** @type {(inputs: Invite_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`« ${i?.subject} »`)
};

export const invite_title = /** @type {(inputs: Invite_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Invitations`)
};

export const level_blocked = /** @type {(inputs: Level_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bloqué`)
};

export const level_colleagues = /** @type {(inputs: Level_ColleaguesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Collègues`)
};

export const level_external = /** @type {(inputs: Level_ExternalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contacts externes`)
};

export const level_friends = /** @type {(inputs: Level_FriendsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Amis et famille`)
};

export const level_unknown = /** @type {(inputs: Level_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inconnu`)
};

export const level_workgroup = /** @type {(inputs: Level_WorkgroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Groupe de travail`)
};

export const menu_actions_for = /** @type {(inputs: Menu_Actions_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Actions pour ${i?.name}`)
};

export const menu_auto_already = /** @type {(inputs: Menu_Auto_AlreadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Déjà au niveau de l'attribution automatique (${i?.level}).`)
};

export const menu_auto_assign = /** @type {(inputs: Menu_Auto_AssignInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Attribuer automatiquement la relation`)
};

export const menu_auto_back = /** @type {(inputs: Menu_Auto_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Retour au niveau que le serveur attribue automatiquement.`)
};

export const menu_auto_back_to = /** @type {(inputs: Menu_Auto_Back_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Retour au niveau attribué par le serveur : ${i?.level}.`)
};

export const menu_copied = /** @type {(inputs: Menu_CopiedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.address} copié`)
};

export const menu_copy_address = /** @type {(inputs: Menu_Copy_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copier l'adresse`)
};

export const menu_copy_failed = /** @type {(inputs: Menu_Copy_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Impossible de copier dans le presse-papiers.`)
};

export const menu_open_card = /** @type {(inputs: Menu_Open_CardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ouvrir la fiche`)
};

export const notify_added = /** @type {(inputs: Notify_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} a été ajouté à vos contacts`)
};

export const notify_alert_available_title = /** @type {(inputs: Notify_Alert_Available_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} est disponible`)
};

export const notify_alert_back_title = /** @type {(inputs: Notify_Alert_Back_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} est de retour`)
};

export const notify_alert_body = /** @type {(inputs: Notify_Alert_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} est maintenant ${i?.now} (avant : ${i?.was}).`)
};

export const notify_alert_left_dnd_title = /** @type {(inputs: Notify_Alert_Left_Dnd_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} n’est plus en mode Ne pas déranger`)
};

export const notify_alerts_available_title = /** @type {(inputs: Notify_Alerts_Available_TitleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} personne est maintenant disponible`);
	return /** @type {LocalizedString} */ (`${i?.count} personnes sont maintenant disponibles`)
	
};

export const notify_alerts_back_title = /** @type {(inputs: Notify_Alerts_Back_TitleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} personne est de retour`);
	return /** @type {LocalizedString} */ (`${i?.count} personnes sont de retour`)
	
};

export const notify_alerts_body = /** @type {(inputs: Notify_Alerts_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list}.`)
};

export const notify_burst_body = /** @type {(inputs: Notify_Burst_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list}. Ouvrez Activité pour tout voir.`)
};

export const notify_burst_body_empty = /** @type {(inputs: Notify_Burst_Body_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ouvrez Activité pour les voir.`)
};

export const notify_burst_title = /** @type {(inputs: Notify_Burst_TitleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} relation modifiée depuis un autre appareil`);
	return /** @type {LocalizedString} */ (`${i?.count} relations modifiées depuis un autre appareil`)
	
};

export const notify_call_for = /** @type {(inputs: Notify_Call_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Appel pour ${i?.whom}`)
};

export const notify_changed_body = /** @type {(inputs: Notify_Changed_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.change} (avant : ${i?.level}).`)
};

export const notify_changed_title = /** @type {(inputs: Notify_Changed_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Modifié depuis un autre appareil`)
};

export const notify_incoming_call = /** @type {(inputs: Notify_Incoming_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Appel entrant`)
};

export const notify_incoming_message = /** @type {(inputs: Notify_Incoming_MessageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Message entrant`)
};

export const notify_is_calling = /** @type {(inputs: Notify_Is_CallingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} appelle${i?.subject}. Répondez dans Skype for Business.`)
};

export const notify_is_calling_for = /** @type {(inputs: Notify_Is_Calling_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} appelle pour ${i?.whom}${i?.subject}. Répondez dans Skype for Business.`)
};

export const notify_list_and_more = /** @type {(inputs: Notify_List_And_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list} et ${i?.rest} de plus`)
};

export const notify_list_two = /** @type {(inputs: Notify_List_TwoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.first} et ${i?.second}`)
};

export const notify_message_for = /** @type {(inputs: Notify_Message_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Message pour ${i?.whom}`)
};

export const notify_now_blocked = /** @type {(inputs: Notify_Now_BlockedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} est maintenant bloqué`)
};

export const notify_now_sees = /** @type {(inputs: Notify_Now_SeesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} voit maintenant ce que voient les ${i?.level}`)
};

export const notify_now_unknown = /** @type {(inputs: Notify_Now_UnknownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le serveur n’indique plus ce que voit ${i?.name}`)
};

export const notify_removed = /** @type {(inputs: Notify_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} a été retiré de vos contacts`)
};

export const notify_sent_message = /** @type {(inputs: Notify_Sent_MessageInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} a envoyé un message${i?.subject}. Répondez dans Skype for Business.`)
};

export const notify_sent_message_for = /** @type {(inputs: Notify_Sent_Message_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} a envoyé un message pour ${i?.whom}${i?.subject}. Répondez dans Skype for Business.`)
};

export const notify_signed_out_title = /** @type {(inputs: Notify_Signed_Out_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UCWA Tray s’est déconnecté`)
};

export const notify_status_away = /** @type {(inputs: Notify_Status_AwayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`absent`)
};

export const notify_status_be_right_back = /** @type {(inputs: Notify_Status_Be_Right_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bientôt de retour`)
};

export const notify_status_busy = /** @type {(inputs: Notify_Status_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`occupé`)
};

export const notify_status_do_not_disturb = /** @type {(inputs: Notify_Status_Do_Not_DisturbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`en mode Ne pas déranger`)
};

export const notify_status_idle_busy = /** @type {(inputs: Notify_Status_Idle_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`occupé (inactif)`)
};

export const notify_status_idle_online = /** @type {(inputs: Notify_Status_Idle_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`disponible (inactif)`)
};

export const notify_status_offline = /** @type {(inputs: Notify_Status_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`hors ligne`)
};

export const notify_status_online = /** @type {(inputs: Notify_Status_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`disponible`)
};

export const notify_status_unknown = /** @type {(inputs: Notify_Status_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`inconnu`)
};

export const notify_while_away_body = /** @type {(inputs: Notify_While_Away_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list}. Modifié entre ${i?.since} et ${i?.until}.`)
};

export const notify_while_away_title = /** @type {(inputs: Notify_While_Away_TitleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Pendant votre absence : ${i?.count} relation modifiée`);
	return /** @type {LocalizedString} */ (`Pendant votre absence : ${i?.count} relations modifiées`)
	
};

export const passive_cli_needs_window = /** @type {(inputs: Passive_Cli_Needs_WindowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La connexion par la page de connexion de votre organisation nécessite une fenêtre, que la ligne de commande ne peut pas afficher. Connectez-vous plutôt avec l'application.`)
};

export const passive_closed = /** @type {(inputs: Passive_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La page de connexion a été fermée.`)
};

export const passive_navigation_refused = /** @type {(inputs: Passive_Navigation_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La page de connexion a tenté d'ouvrir ${i?.host}, qui n'est pas un serveur sécurisé. La connexion a été interrompue.`)
};

export const passive_not_completed = /** @type {(inputs: Passive_Not_CompletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La page de connexion ne vous a pas connecté. Réessayez.`)
};

export const passive_not_offered = /** @type {(inputs: Passive_Not_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce serveur ne propose pas la connexion par la page de connexion de votre organisation.`)
};

export const passive_only = /** @type {(inputs: Passive_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce serveur n'accepte la connexion que par la page de connexion de votre organisation.`)
};

export const passive_page_account_refused = /** @type {(inputs: Passive_Page_Account_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La page de connexion sur ${i?.host} n’a pas accepté ce compte Windows. Vérifiez le nom d’utilisateur (DOMAINE\\utilisateur ou nom@domaine) et le mot de passe.`)
};

export const passive_page_needs_account = /** @type {(inputs: Passive_Page_Needs_AccountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La page de connexion sur ${i?.host} demande votre nom d’utilisateur et votre mot de passe Windows. Saisissez-les ci-dessous et reconnectez-vous.`)
};

export const passive_page_untrusted = /** @type {(inputs: Passive_Page_UntrustedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La page de connexion n'est pas sur un serveur auquel vous vous êtes connecté : ${i?.host}.`)
};

export const passive_page_untrusted_unnamed = /** @type {(inputs: Passive_Page_Untrusted_UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La page de connexion n'est pas sur un serveur auquel vous vous êtes connecté.`)
};

export const passive_restore_sign_in_again = /** @type {(inputs: Passive_Restore_Sign_In_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reconnectez-vous avec la page de votre organisation.`)
};

export const passive_window_title = /** @type {(inputs: Passive_Window_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Connexion – ${i?.host}`)
};

export const policy_expects_flag = /** @type {(inputs: Policy_Expects_FlagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`true ou false (1 ou 0)`)
};

export const policy_expects_hosts = /** @type {(inputs: Policy_Expects_HostsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`une liste de noms d’hôte ou de domaines, comme contoso.com`)
};

export const policy_expects_server_address = /** @type {(inputs: Policy_Expects_Server_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`une adresse https:// ou un nom de serveur`)
};

export const policy_expects_sign_in_methods = /** @type {(inputs: Policy_Expects_Sign_In_MethodsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`une liste d’une ou plusieurs valeurs parmi ${i?.methods}`)
};

export const policy_file_not_file = /** @type {(inputs: Policy_File_Not_FileInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le fichier de stratégie ${i?.path} est ignoré : ce n’est pas un fichier.`)
};

export const policy_file_not_json = /** @type {(inputs: Policy_File_Not_JsonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le fichier de stratégie ${i?.path} est ignoré : ce n’est pas du JSON valide.`)
};

export const policy_file_not_json_detail = /** @type {(inputs: Policy_File_Not_Json_DetailInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le fichier de stratégie ${i?.path} est ignoré : ce n’est pas du JSON valide : ${i?.detail}.`)
};

export const policy_file_not_permitted = /** @type {(inputs: Policy_File_Not_PermittedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le fichier de stratégie ${i?.path} est ignoré : sa lecture n’est pas autorisée.`)
};

export const policy_file_not_plist = /** @type {(inputs: Policy_File_Not_PlistInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le fichier de stratégie ${i?.path} est ignoré : ce n’est pas une liste de propriétés valide.`)
};

export const policy_file_read_error = /** @type {(inputs: Policy_File_Read_ErrorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le fichier de stratégie ${i?.path} est ignoré : il n’a pas pu être lu (${i?.code}).`)
};

export const policy_file_too_large = /** @type {(inputs: Policy_File_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le fichier de stratégie ${i?.path} est ignoré : il dépasse ${i?.kilobytes} Ko.`)
};

export const policy_invalid_value = /** @type {(inputs: Policy_Invalid_ValueInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La stratégie ${i?.name} de ${i?.source} est ignorée : elle doit être ${i?.expects}.`)
};

export const policy_load_failed = /** @type {(inputs: Policy_Load_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La configuration gérée n’a pas pu être lue : ${i?.why}`)
};

export const policy_not_named_values = /** @type {(inputs: Policy_Not_Named_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La stratégie de ${i?.source} est ignorée : ce n’est pas un ensemble de valeurs nommées.`)
};

export const policy_source_unreadable = /** @type {(inputs: Policy_Source_UnreadableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La stratégie de ${i?.source} n’a pas pu être lue : ${i?.why}`)
};

export const policy_unknown_key = /** @type {(inputs: Policy_Unknown_KeyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La stratégie ${i?.name} de ${i?.source} est inconnue et ignorée.`)
};

export const presence_away = /** @type {(inputs: Presence_AwayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Absent`)
};

export const presence_be_right_back = /** @type {(inputs: Presence_Be_Right_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`De retour dans quelques minutes`)
};

export const presence_busy = /** @type {(inputs: Presence_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Occupé`)
};

export const presence_do_not_disturb = /** @type {(inputs: Presence_Do_Not_DisturbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ne pas déranger`)
};

export const presence_idle_busy = /** @type {(inputs: Presence_Idle_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Occupé (inactif)`)
};

export const presence_idle_online = /** @type {(inputs: Presence_Idle_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inactif`)
};

export const presence_offline = /** @type {(inputs: Presence_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hors ligne`)
};

export const presence_online = /** @type {(inputs: Presence_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Disponible`)
};

export const presence_unknown = /** @type {(inputs: Presence_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Statut inconnu`)
};

export const privacy_auto_anyway = /** @type {(inputs: Privacy_Auto_AnywayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Attribuer automatiquement (${i?.level}) quand même`)
};

export const privacy_change_failed = /** @type {(inputs: Privacy_Change_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Impossible de passer ${i?.name} à ${i?.level} : ${i?.reason} ${i?.name} reste ${i?.current}.`)
};

export const privacy_change_level = /** @type {(inputs: Privacy_Change_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Changer de niveau`)
};

export const privacy_conflict = /** @type {(inputs: Privacy_ConflictInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Modifié entre-temps depuis un autre appareil : ${i?.change}.`)
};

export const privacy_dismiss = /** @type {(inputs: Privacy_DismissInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fermer`)
};

export const privacy_keep = /** @type {(inputs: Privacy_KeepInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Garder ${i?.level}`)
};

export const privacy_menu_label = /** @type {(inputs: Privacy_Menu_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Niveau de relation pour ${i?.name}`)
};

export const privacy_offline = /** @type {(inputs: Privacy_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vous pourrez la modifier de nouveau une fois connecté.`)
};

export const privacy_read_only = /** @type {(inputs: Privacy_Read_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur ne vous permet pas de modifier cette relation.`)
};

export const privacy_same_as_auto = /** @type {(inputs: Privacy_Same_As_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`· identique à l'attribution automatique`)
};

export const privacy_saving = /** @type {(inputs: Privacy_SavingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`— enregistrement…`)
};

export const privacy_sees_line_blocked = /** @type {(inputs: Privacy_Sees_Line_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Voit uniquement votre nom et votre adresse e-mail, et ne peut pas vous joindre.`)
};

export const privacy_sees_line_colleagues = /** @type {(inputs: Privacy_Sees_Line_ColleaguesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Voit votre carte de contact, présence, note, emplacement et disponibilités.`)
};

export const privacy_sees_line_external = /** @type {(inputs: Privacy_Sees_Line_ExternalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Voit votre carte de contact et votre présence.`)
};

export const privacy_sees_line_friends = /** @type {(inputs: Privacy_Sees_Line_FriendsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Voit votre carte de contact, présence, note, emplacement, disponibilités, objets des réunions, téléphone mobile, téléphone personnel et autre téléphone.`)
};

export const privacy_sees_line_workgroup = /** @type {(inputs: Privacy_Sees_Line_WorkgroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Voit votre carte de contact, présence, note, emplacement, disponibilités, objets des réunions, lieux des réunions et téléphone mobile. Peut vous joindre en mode Ne pas déranger.`)
};

export const privacy_sees_short_blocked = /** @type {(inputs: Privacy_Sees_Short_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Uniquement votre nom et votre adresse e-mail ; ne peut pas vous joindre.`)
};

export const privacy_sees_short_colleagues = /** @type {(inputs: Privacy_Sees_Short_ColleaguesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Présence, note, emplacement et disponibilités.`)
};

export const privacy_sees_short_external = /** @type {(inputs: Privacy_Sees_Short_ExternalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre carte de contact et votre présence.`)
};

export const privacy_sees_short_friends = /** @type {(inputs: Privacy_Sees_Short_FriendsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Présence, note, emplacement, disponibilités, objets des réunions, téléphone mobile, téléphone personnel et autre téléphone.`)
};

export const privacy_sees_short_workgroup = /** @type {(inputs: Privacy_Sees_Short_WorkgroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Présence, note, emplacement, disponibilités, objets des réunions, lieux des réunions et téléphone mobile. Peut vous joindre en mode Ne pas déranger.`)
};

export const privacy_sees_unknown = /** @type {(inputs: Privacy_Sees_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur n'a pas indiqué quel niveau s'applique.`)
};

export const privacy_title = /** @type {(inputs: Privacy_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Relation de confidentialité`)
};

export const privacy_use_anyway = /** @type {(inputs: Privacy_Use_AnywayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Utiliser ${i?.level} quand même`)
};

export const session_address_invalid = /** @type {(inputs: Session_Address_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’adresse du serveur n’est pas une adresse valide.`)
};

export const session_address_needs_https = /** @type {(inputs: Session_Address_Needs_HttpsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’adresse du serveur doit commencer par https://.`)
};

export const session_address_not_host = /** @type {(inputs: Session_Address_Not_HostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’adresse du serveur n’est ni un nom d’hôte ni une adresse https://.`)
};

export const session_address_plain_http = /** @type {(inputs: Session_Address_Plain_HttpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’adresse du serveur utilise http simple, qui n’est pas sécurisé. Utilisez une adresse https://.`)
};

export const session_demo_server = /** @type {(inputs: Session_Demo_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Serveur de démonstration (sur cet ordinateur)`)
};

export const session_links_unavailable = /** @type {(inputs: Session_Links_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Les liens ne peuvent pas être ouverts d’ici.`)
};

export const session_not_signed_in = /** @type {(inputs: Session_Not_Signed_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vous n’êtes pas connecté. Connectez-vous et réessayez.`)
};

export const session_replaced = /** @type {(inputs: Session_ReplacedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UCWA Tray a été connecté ailleurs avec la même application : cette copie a donc cessé de se mettre à jour.`)
};

export const session_restore_failed = /** @type {(inputs: Session_Restore_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La connexion automatique n’a pas abouti. ${i?.said}`)
};

export const session_saved_password_refused = /** @type {(inputs: Session_Saved_Password_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre mot de passe enregistré n’a pas été accepté ; reconnectez-vous.`)
};

export const session_saved_sign_in_expired = /** @type {(inputs: Session_Saved_Sign_In_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre connexion enregistrée a expiré ; reconnectez-vous.`)
};

export const settings_account = /** @type {(inputs: Settings_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compte`)
};

export const settings_alerts_include_away = /** @type {(inputs: Settings_Alerts_Include_AwayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pour les personnes marquées, aussi quand elles reviennent d’« Absent » ou quittent « Ne pas déranger »`)
};

export const settings_appearance = /** @type {(inputs: Settings_AppearanceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Apparence`)
};

export const settings_dark = /** @type {(inputs: Settings_DarkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sombre`)
};

export const settings_language = /** @type {(inputs: Settings_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Langue`)
};

export const settings_language_note = /** @type {(inputs: Settings_Language_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La fenêtre, le menu de la zone de notification et les notifications suivent cette langue ; « Comme le système » suit celle de votre ordinateur.`)
};

export const settings_light = /** @type {(inputs: Settings_LightInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Clair`)
};

export const settings_loading = /** @type {(inputs: Settings_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chargement des paramètres…`)
};

export const settings_managed = /** @type {(inputs: Settings_ManagedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Défini par votre organisation`)
};

export const settings_no_notifications = /** @type {(inputs: Settings_No_NotificationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cet ordinateur n’affiche pas les notifications de UCWA Tray : les nouveaux changements sont comptés sur l’icône de la zone de notification. Sous macOS, une version non signée ne peut pas afficher de notifications : installez une version signée.`)
};

export const settings_no_tray = /** @type {(inputs: Settings_No_TrayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce bureau n’affiche pas d’icônes de notification : UCWA Tray garde donc sa fenêtre dans la barre des tâches. Sous GNOME, installez l’extension « AppIndicator and KStatusNotifierItem Support » (gnome-shell-extension-appindicator) et reconnectez-vous pour obtenir l’icône.`)
};

export const settings_notifications = /** @type {(inputs: Settings_NotificationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notifications`)
};

export const settings_notify_changes = /** @type {(inputs: Settings_Notify_ChangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quand une relation est modifiée depuis un autre appareil`)
};

export const settings_notify_invitations = /** @type {(inputs: Settings_Notify_InvitationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quand quelqu’un appelle ou écrit au nom d’une autre personne`)
};

export const settings_notify_signed_out = /** @type {(inputs: Settings_Notify_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quand je suis déconnecté`)
};

export const settings_pause = /** @type {(inputs: Settings_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mettre les notifications en pause :`)
};

export const settings_pause_hour = /** @type {(inputs: Settings_Pause_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pendant 1 heure`)
};

export const settings_pause_tomorrow = /** @type {(inputs: Settings_Pause_TomorrowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jusqu’à demain`)
};

export const settings_paused_until = /** @type {(inputs: Settings_Paused_UntilInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`En pause jusqu’à ${i?.time}.`)
};

export const settings_resume = /** @type {(inputs: Settings_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reprendre maintenant`)
};

export const settings_same_as_system = /** @type {(inputs: Settings_Same_As_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comme le système`)
};

export const settings_server = /** @type {(inputs: Settings_ServerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Serveur : ${i?.server}`)
};

export const settings_sign_out = /** @type {(inputs: Settings_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se déconnecter`)
};

export const settings_signed_in = /** @type {(inputs: Settings_Signed_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Connecté en tant que ${i?.user} sur ${i?.server}.`)
};

export const settings_signed_in_demo = /** @type {(inputs: Settings_Signed_In_DemoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Connecté en tant que ${i?.user} au serveur de démonstration de cet ordinateur.`)
};

export const settings_start_at_login = /** @type {(inputs: Settings_Start_At_LoginInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lancer UCWA Tray à l’ouverture de session`)
};

export const settings_startup = /** @type {(inputs: Settings_StartupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Démarrage`)
};

export const settings_theme = /** @type {(inputs: Settings_ThemeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Thème`)
};

export const settings_title = /** @type {(inputs: Settings_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Paramètres`)
};

export const signin_address = /** @type {(inputs: Signin_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adresse de connexion`)
};

export const signin_checking_methods = /** @type {(inputs: Signin_Checking_MethodsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vérification de la façon dont ce serveur vous connecte…`)
};

export const signin_demo_failed = /** @type {(inputs: Signin_Demo_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La démo n’a pas démarré`)
};

export const signin_demo_where = /** @type {(inputs: Signin_Demo_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`avec des contacts d’exemple sur cet ordinateur.`)
};

export const signin_first_run = /** @type {(inputs: Signin_First_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pas encore de serveur ? Essayez l’application avec un serveur de démonstration intégré et 40 contacts d’exemple.`)
};

export const signin_intro = /** @type {(inputs: Signin_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Voyez qui peut voir quoi de vous, et modifiez-le.`)
};

export const signin_just_looking = /** @type {(inputs: Signin_Just_LookingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Simple curiosité ?`)
};

export const signin_method = /** @type {(inputs: Signin_MethodInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se connecter avec`)
};

export const signin_method_passive = /** @type {(inputs: Signin_Method_PassiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Page de connexion de l’organisation`)
};

export const signin_method_password = /** @type {(inputs: Signin_Method_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nom d’utilisateur et mot de passe`)
};

export const signin_method_windows = /** @type {(inputs: Signin_Method_WindowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compte Windows`)
};

export const signin_no_keyring = /** @type {(inputs: Signin_No_KeyringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucun trousseau n’est disponible sur cet ordinateur : votre mot de passe ne peut donc pas être mémorisé. Il vous sera redemandé après environ 8 heures ou au redémarrage de l’application.`)
};

export const signin_optional = /** @type {(inputs: Signin_OptionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(facultatif)`)
};

export const signin_other_account = /** @type {(inputs: Signin_Other_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utiliser un autre compte`)
};

export const signin_passive_account_hint = /** @type {(inputs: Signin_Passive_Account_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre compte Windows, uniquement pour la page de connexion de votre organisation.`)
};

export const signin_passive_failed = /** @type {(inputs: Signin_Passive_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La connexion par la page de votre organisation n’a pas fonctionné`)
};

export const signin_passive_hint = /** @type {(inputs: Signin_Passive_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La page de connexion de votre organisation s’ouvre dans sa propre fenêtre.`)
};

export const signin_passive_unavailable = /** @type {(inputs: Signin_Passive_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La connexion par la page de votre organisation n’est pas encore disponible.`)
};

export const signin_password = /** @type {(inputs: Signin_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mot de passe`)
};

export const signin_problem = /** @type {(inputs: Signin_ProblemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.heading}.`)
};

export const signin_remember = /** @type {(inputs: Signin_RememberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mémoriser mon mot de passe`)
};

export const signin_remember_signin = /** @type {(inputs: Signin_Remember_SigninInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rester connecté`)
};

export const signin_server = /** @type {(inputs: Signin_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adresse du serveur`)
};

export const signin_server_hint = /** @type {(inputs: Signin_Server_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laissez vide pour trouver le serveur automatiquement, ou saisissez son nom ou son URL de découverte.`)
};

export const signin_server_placeholder = /** @type {(inputs: Signin_Server_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Déduite de votre adresse de connexion`)
};

export const signin_steps = /** @type {(inputs: Signin_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Connexion en cours`)
};

export const signin_submit = /** @type {(inputs: Signin_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se connecter`)
};

export const signin_title = /** @type {(inputs: Signin_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se connecter à Skype for Business`)
};

export const signin_trust_host = /** @type {(inputs: Signin_Trust_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Faire confiance à ${i?.host} et se connecter`)
};

export const signin_trust_warning = /** @type {(inputs: Signin_Trust_WarningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ne continuez que si votre organisation vous a demandé de vous y connecter. Votre mot de passe lui sera envoyé.`)
};

export const signin_trust_warning_windows = /** @type {(inputs: Signin_Trust_Warning_WindowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ne continuez que si votre organisation vous a demandé de vous y connecter. Votre compte Windows s’y connectera.`)
};

export const signin_try_demo = /** @type {(inputs: Signin_Try_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Essayer la démo`)
};

export const signin_username = /** @type {(inputs: Signin_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nom d’utilisateur`)
};

export const signin_username_hint = /** @type {(inputs: Signin_Username_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DOMAINE\\utilisateur ou utilisateur@domaine, si votre organisation vous connecte avec un autre nom que votre adresse de connexion.`)
};

export const signin_windows_failed = /** @type {(inputs: Signin_Windows_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La connexion Windows n’a pas fonctionné`)
};

export const signin_windows_hint = /** @type {(inputs: Signin_Windows_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utilise le compte avec lequel vous êtes connecté à Windows (ou à votre domaine) : aucun mot de passe nécessaire.`)
};

export const store_added = /** @type {(inputs: Store_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ajouté.`)
};

export const store_already = /** @type {(inputs: Store_AlreadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Déjà ${i?.level}.`)
};

export const store_change_failed = /** @type {(inputs: Store_Change_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Impossible de passer ${i?.name} à ${i?.level} : ${i?.reason} ${i?.name} reste à ${i?.current}.`)
};

export const store_changed_many = /** @type {(inputs: Store_Changed_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} contact modifié`);
	return /** @type {LocalizedString} */ (`${shown} contacts modifiés`)
	
};

export const store_clipboard_failed = /** @type {(inputs: Store_Clipboard_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Impossible de copier dans le presse-papiers.`)
};

export const store_conflict_elsewhere = /** @type {(inputs: Store_Conflict_ElsewhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Non modifié : modifié entre-temps depuis un autre appareil. ${i?.change}.`)
};

export const store_conflict_reason = /** @type {(inputs: Store_Conflict_ReasonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`il a été modifié entre-temps depuis un autre appareil.`)
};

export const store_diagnostics_copied = /** @type {(inputs: Store_Diagnostics_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diagnostics copiés. Collez-les dans votre message au support.`)
};

export const store_diagnostics_failed = /** @type {(inputs: Store_Diagnostics_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Impossible de collecter les diagnostics : ${i?.reason}`)
};

export const store_group_created = /** @type {(inputs: Store_Group_CreatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Groupe « ${i?.name} » créé.`)
};

export const store_group_deleted = /** @type {(inputs: Store_Group_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Groupe supprimé.`)
};

export const store_no_answer = /** @type {(inputs: Store_No_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’application n’a pas indiqué ce qu’il est advenu de cette modification.`)
};

export const store_no_level_below = /** @type {(inputs: Store_No_Level_BelowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucun niveau inférieur.`)
};

export const store_no_one_found = /** @type {(inputs: Store_No_One_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Personne n’a été trouvé pour « ${i?.query} ».`)
};

export const store_not_changeable = /** @type {(inputs: Store_Not_ChangeableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur ne vous permet pas de le modifier.`)
};

export const store_not_changed_many = /** @type {(inputs: Store_Not_Changed_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} contact n’a pas été modifié`);
	return /** @type {LocalizedString} */ (`${shown} contacts n’ont pas été modifiés`)
	
};

export const store_not_changed_one = /** @type {(inputs: Store_Not_Changed_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} n’a pas été modifié : ${i?.reason}`)
};

export const store_not_in_list = /** @type {(inputs: Store_Not_In_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce contact ne figure plus dans votre liste.`)
};

export const store_now_blocked_many = /** @type {(inputs: Store_Now_Blocked_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} contact désormais bloqué`);
	return /** @type {LocalizedString} */ (`${shown} contacts désormais bloqués`)
	
};

export const store_now_see_many = /** @type {(inputs: Store_Now_See_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} contact voit maintenant les infos ${i?.level}`);
	return /** @type {LocalizedString} */ (`${shown} contacts voient maintenant les infos ${i?.level}`)
	
};

export const store_removed = /** @type {(inputs: Store_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Retiré.`)
};

export const store_removed_from_group = /** @type {(inputs: Store_Removed_From_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Retiré du groupe.`)
};

export const store_renamed = /** @type {(inputs: Store_RenamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Renommé.`)
};

export const store_undone_many = /** @type {(inputs: Store_Undone_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Annulé pour ${shown} contact`);
	return /** @type {LocalizedString} */ (`Annulé pour ${shown} contacts`)
	
};

export const store_undone_one = /** @type {(inputs: Store_Undone_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Annulé : ${i?.name} est de nouveau à ${i?.level}`)
};

export const store_with_failures = /** @type {(inputs: Store_With_FailuresInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done} ; ${i?.failures}`)
};

export const tabs_activity = /** @type {(inputs: Tabs_ActivityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Activité`)
};

export const tabs_contacts = /** @type {(inputs: Tabs_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contacts`)
};

export const tabs_groups = /** @type {(inputs: Tabs_GroupsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Groupes`)
};

export const tabs_help = /** @type {(inputs: Tabs_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aide`)
};

export const tabs_invitations = /** @type {(inputs: Tabs_InvitationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Invitations`)
};

export const tabs_label = /** @type {(inputs: Tabs_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vues`)
};

export const tabs_new = /** @type {(inputs: Tabs_NewInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} nouveau`);
	return /** @type {LocalizedString} */ (`${shown} nouveaux`)
	
};

export const tabs_ringing = /** @type {(inputs: Tabs_RingingInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} sonne`);
	return /** @type {LocalizedString} */ (`${shown} sonnent`)
	
};

export const tabs_settings = /** @type {(inputs: Tabs_SettingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Paramètres`)
};

export const tabs_who_sees = /** @type {(inputs: Tabs_Who_SeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Qui voit quoi`)
};

export const tray_change_yours = /** @type {(inputs: Tray_Change_YoursInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.change} (vous)`)
};

export const tray_connected = /** @type {(inputs: Tray_ConnectedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Connecté en tant que ${i?.user}`)
};

export const tray_connected_demo = /** @type {(inputs: Tray_Connected_DemoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Connecté en tant que ${i?.user} (démo)`)
};

export const tray_notifications_unavailable = /** @type {(inputs: Tray_Notifications_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Les notifications ne peuvent pas s’afficher ici : les nouveaux changements sont comptés sur cette icône`)
};

export const tray_open = /** @type {(inputs: Tray_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ouvrir UCWA Tray`)
};

export const tray_pause = /** @type {(inputs: Tray_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mettre les notifications en pause`)
};

export const tray_pause_hour = /** @type {(inputs: Tray_Pause_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pendant 1 heure`)
};

export const tray_pause_tomorrow = /** @type {(inputs: Tray_Pause_TomorrowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jusqu’à demain`)
};

export const tray_paused_until = /** @type {(inputs: Tray_Paused_UntilInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Notifications en pause jusqu’à ${i?.time}`)
};

export const tray_quit = /** @type {(inputs: Tray_QuitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quitter UCWA Tray`)
};

export const tray_recent = /** @type {(inputs: Tray_RecentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Changements récents`)
};

export const tray_recent_none = /** @type {(inputs: Tray_Recent_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucun changement pour l’instant`)
};

export const tray_reconnecting = /** @type {(inputs: Tray_ReconnectingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Reconnexion (prochain essai à ${i?.time})`)
};

export const tray_replaced = /** @type {(inputs: Tray_ReplacedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Arrêté : UCWA Tray est connecté ailleurs`)
};

export const tray_resume = /** @type {(inputs: Tray_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reprendre les notifications`)
};

export const tray_sign_out = /** @type {(inputs: Tray_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se déconnecter`)
};

export const tray_signed_out = /** @type {(inputs: Tray_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Déconnecté`)
};

export const tray_signed_out_because = /** @type {(inputs: Tray_Signed_Out_BecauseInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Déconnecté : ${i?.reason}`)
};

export const tray_signing_in = /** @type {(inputs: Tray_Signing_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Connexion : ${i?.step}…`)
};

export const tray_step_authenticating = /** @type {(inputs: Tray_Step_AuthenticatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`authentification`)
};

export const tray_step_creating_application = /** @type {(inputs: Tray_Step_Creating_ApplicationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ouverture de la session`)
};

export const tray_step_discovering = /** @type {(inputs: Tray_Step_DiscoveringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`recherche du serveur`)
};

export const tray_step_loading_contacts = /** @type {(inputs: Tray_Step_Loading_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`chargement des contacts`)
};

export const tray_tooltip_state = /** @type {(inputs: Tray_Tooltip_StateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`UCWA Tray : ${i?.state}`)
};

export const tray_unseen = /** @type {(inputs: Tray_UnseenInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} nouveau changement de relation`);
	return /** @type {LocalizedString} */ (`${i?.count} nouveaux changements de relation`)
	
};

export const trust_bad_url = /** @type {(inputs: Trust_Bad_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a envoyé un lien inutilisable.`)
};

export const trust_bad_url_host = /** @type {(inputs: Trust_Bad_Url_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le serveur a envoyé un lien vers ${i?.host} qui ne peut pas être utilisé en toute sécurité.`)
};

export const trust_insecure = /** @type {(inputs: Trust_InsecureInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.host} n’utilise pas de connexion sécurisée (https) : rien ne lui a donc été envoyé.`)
};

export const trust_insecure_unnamed = /** @type {(inputs: Trust_Insecure_UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un serveur n’utilise pas de connexion sécurisée (https) : rien ne lui a donc été envoyé.`)
};

export const trust_kdc_unreachable = /** @type {(inputs: Trust_Kdc_UnreachableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur Kerberos de votre domaine est injoignable. Vérifiez le réseau, puis réessayez.`)
};

export const trust_kerberos_failed = /** @type {(inputs: Trust_Kerberos_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La connexion Kerberos à ${i?.host} n’a pas fonctionné.`)
};

export const trust_kerberos_insecure = /** @type {(inputs: Trust_Kerberos_InsecureInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.host} n’utilise pas de connexion sécurisée (https) : la connexion Windows ne lui a donc pas été envoyée.`)
};

export const trust_kerberos_ticket_expired = /** @type {(inputs: Trust_Kerberos_Ticket_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre ticket Kerberos a expiré. Reconnectez-vous à votre domaine (kinit), puis réessayez.`)
};

export const trust_kerberos_unavailable = /** @type {(inputs: Trust_Kerberos_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La connexion Windows nécessite la prise en charge de Kerberos, qui n’est pas installée avec cette copie de l’application.`)
};

export const trust_negotiate_not_offered = /** @type {(inputs: Trust_Negotiate_Not_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce serveur propose la connexion Windows, mais pas avec Kerberos depuis cet ordinateur.`)
};

export const trust_no_kerberos_ticket = /** @type {(inputs: Trust_No_Kerberos_TicketInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vous n’avez pas de ticket Kerberos. Connectez-vous d’abord à votre domaine (par exemple avec kinit), puis réessayez.`)
};

export const trust_ntlm_needs_account = /** @type {(inputs: Trust_Ntlm_Needs_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce serveur connecte les comptes Windows avec NTLM : saisissez votre nom d’utilisateur et votre mot de passe Windows.`)
};

export const trust_ntlm_refused = /** @type {(inputs: Trust_Ntlm_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a refusé votre nom d’utilisateur ou votre mot de passe Windows (NTLM). Vérifiez les deux et réessayez.`)
};

export const trust_password_not_offered = /** @type {(inputs: Trust_Password_Not_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce serveur n’accepte pas la connexion par mot de passe.`)
};

export const trust_token_elsewhere = /** @type {(inputs: Trust_Token_ElsewhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le serveur a demandé que votre identification soit envoyée à ${i?.host}, auquel vous ne vous êtes pas connecté.`)
};

export const trust_token_elsewhere_unnamed = /** @type {(inputs: Trust_Token_Elsewhere_UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a demandé que votre identification soit envoyée à un serveur auquel vous ne vous êtes pas connecté.`)
};

export const trust_unknown_service = /** @type {(inputs: Trust_Unknown_ServiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.host} n’est pas configuré pour la connexion Kerberos dans votre domaine.`)
};

export const trust_untrusted_host = /** @type {(inputs: Trust_Untrusted_HostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le serveur a renvoyé vers ${i?.host}, auquel vous ne vous êtes pas connecté.`)
};

export const trust_untrusted_host_unnamed = /** @type {(inputs: Trust_Untrusted_Host_UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a renvoyé vers un serveur auquel vous ne vous êtes pas connecté.`)
};

export const trust_windows_not_offered = /** @type {(inputs: Trust_Windows_Not_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce serveur ne propose pas la connexion Windows.`)
};

export const words_by_other_device = /** @type {(inputs: Words_By_Other_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un autre appareil`)
};

export const words_by_you = /** @type {(inputs: Words_By_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vous, dans cette application`)
};

export const words_changed_elsewhere = /** @type {(inputs: Words_Changed_ElsewhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Modifié depuis un autre appareil : ${i?.change} (avant : ${i?.level})`)
};

export const words_level_no_longer_known = /** @type {(inputs: Words_Level_No_Longer_KnownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le niveau de ${i?.name} n’est plus connu`)
};

export const words_level_not_known = /** @type {(inputs: Words_Level_Not_KnownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le niveau de ${i?.name} n’est pas connu`)
};

export const words_network_dropped = /** @type {(inputs: Words_Network_DroppedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La connexion réseau au serveur a été interrompue.`)
};

export const words_now_sees_info = /** @type {(inputs: Words_Now_Sees_InfoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} voit maintenant les infos ${i?.level}`)
};

export const words_offline = /** @type {(inputs: Words_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cet ordinateur est hors ligne.`)
};

export const words_server_dropped = /** @type {(inputs: Words_Server_DroppedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a coupé la connexion.`)
};

export const wsw_and = /** @type {(inputs: Wsw_AndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.head} et ${i?.last}`)
};

export const wsw_basics_blocked = /** @type {(inputs: Wsw_Basics_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`uniquement votre nom et votre adresse e-mail, sans pouvoir vous joindre`)
};

export const wsw_basics_card = /** @type {(inputs: Wsw_Basics_CardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`votre nom, fonction, e-mail, société, bureau, photo`)
};

export const wsw_basics_unknown = /** @type {(inputs: Wsw_Basics_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ce que le serveur autorise : il n’a pas indiqué quel niveau s’applique`)
};

export const wsw_contact_card = /** @type {(inputs: Wsw_Contact_CardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`votre carte de contact`)
};

export const wsw_contacts = /** @type {(inputs: Wsw_ContactsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} contact`);
	return /** @type {LocalizedString} */ (`${shown} contacts`)
	
};

export const wsw_info_dnd_label = /** @type {(inputs: Wsw_Info_Dnd_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`un moyen de vous joindre en mode Ne pas déranger`)
};

export const wsw_info_dnd_short = /** @type {(inputs: Wsw_Info_Dnd_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ne pas déranger`)
};

export const wsw_info_free_busy_label = /** @type {(inputs: Wsw_Info_Free_Busy_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`quand vous êtes libre ou occupé`)
};

export const wsw_info_free_busy_listed = /** @type {(inputs: Wsw_Info_Free_Busy_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`quand vous êtes libre ou occupé`)
};

export const wsw_info_free_busy_short = /** @type {(inputs: Wsw_Info_Free_Busy_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`disponibilités`)
};

export const wsw_info_home_phone_label = /** @type {(inputs: Wsw_Info_Home_Phone_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`votre numéro de téléphone personnel`)
};

export const wsw_info_home_phone_listed = /** @type {(inputs: Wsw_Info_Home_Phone_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`numéro de téléphone personnel`)
};

export const wsw_info_home_phone_short = /** @type {(inputs: Wsw_Info_Home_Phone_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`téléphone personnel`)
};

export const wsw_info_location_label = /** @type {(inputs: Wsw_Info_Location_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`votre emplacement`)
};

export const wsw_info_location_listed = /** @type {(inputs: Wsw_Info_Location_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`emplacement`)
};

export const wsw_info_location_short = /** @type {(inputs: Wsw_Info_Location_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`emplacement`)
};

export const wsw_info_meeting_locations_label = /** @type {(inputs: Wsw_Info_Meeting_Locations_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`les lieux de vos réunions`)
};

export const wsw_info_meeting_locations_listed = /** @type {(inputs: Wsw_Info_Meeting_Locations_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lieux des réunions`)
};

export const wsw_info_meeting_locations_short = /** @type {(inputs: Wsw_Info_Meeting_Locations_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lieux des réunions`)
};

export const wsw_info_meeting_subjects_label = /** @type {(inputs: Wsw_Info_Meeting_Subjects_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`les objets de vos réunions`)
};

export const wsw_info_meeting_subjects_listed = /** @type {(inputs: Wsw_Info_Meeting_Subjects_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`objets des réunions`)
};

export const wsw_info_meeting_subjects_short = /** @type {(inputs: Wsw_Info_Meeting_Subjects_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`objets des réunions`)
};

export const wsw_info_mobile_phone_label = /** @type {(inputs: Wsw_Info_Mobile_Phone_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`votre numéro de portable`)
};

export const wsw_info_mobile_phone_listed = /** @type {(inputs: Wsw_Info_Mobile_Phone_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`numéro de portable`)
};

export const wsw_info_mobile_phone_short = /** @type {(inputs: Wsw_Info_Mobile_Phone_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`portable`)
};

export const wsw_info_note_label = /** @type {(inputs: Wsw_Info_Note_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`votre note et votre message d’absence`)
};

export const wsw_info_note_listed = /** @type {(inputs: Wsw_Info_Note_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`note et message d’absence`)
};

export const wsw_info_note_short = /** @type {(inputs: Wsw_Info_Note_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`note`)
};

export const wsw_info_other_phone_label = /** @type {(inputs: Wsw_Info_Other_Phone_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`votre autre numéro de téléphone`)
};

export const wsw_info_other_phone_listed = /** @type {(inputs: Wsw_Info_Other_Phone_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`autre numéro de téléphone`)
};

export const wsw_info_other_phone_short = /** @type {(inputs: Wsw_Info_Other_Phone_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`autre téléphone`)
};

export const wsw_info_presence_label = /** @type {(inputs: Wsw_Info_Presence_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`votre présence (Disponible, Occupé, Absent…)`)
};

export const wsw_info_presence_listed = /** @type {(inputs: Wsw_Info_Presence_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`présence`)
};

export const wsw_info_presence_short = /** @type {(inputs: Wsw_Info_Presence_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`présence`)
};

export const wsw_intro = /** @type {(inputs: Wsw_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce que chacun de vos contacts peut voir de vous, selon la relation que vous avez avec lui. Descendre quelqu’un d’un niveau lui en montre moins ; Annuler le rétablit.`)
};

export const wsw_level_count = /** @type {(inputs: Wsw_Level_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} ${i?.level}`)
};

export const wsw_level_not_said = /** @type {(inputs: Wsw_Level_Not_SaidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur n’a pas indiqué quel niveau s’applique.`)
};

export const wsw_line_blocked = /** @type {(inputs: Wsw_Line_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Voit uniquement votre nom et votre adresse e-mail, et ne peut pas vous joindre.`)
};

export const wsw_more = /** @type {(inputs: Wsw_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`et ${shown} autre personne (à chercher dans Contacts)`);
	return /** @type {LocalizedString} */ (`et ${shown} autres personnes (à chercher dans Contacts)`)
	
};

export const wsw_move_down = /** @type {(inputs: Wsw_Move_DownInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Descendre cette personne d’un niveau`);
	return /** @type {LocalizedString} */ (`Descendre ces ${shown} personnes d’un niveau`)
	
};

export const wsw_nobody = /** @type {(inputs: Wsw_NobodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personne`)
};

export const wsw_people = /** @type {(inputs: Wsw_PeopleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} personne`);
	return /** @type {LocalizedString} */ (`${shown} personnes`)
	
};

export const wsw_reach_dnd = /** @type {(inputs: Wsw_Reach_DndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Peut vous joindre en mode Ne pas déranger.`)
};

export const wsw_seen_by = /** @type {(inputs: Wsw_Seen_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Vu par ${i?.levels}`)
};

export const wsw_sees = /** @type {(inputs: Wsw_SeesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Voit ${i?.items}.`)
};

export const wsw_short_blocked = /** @type {(inputs: Wsw_Short_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Uniquement votre nom et votre adresse e-mail ; ne peut pas vous joindre.`)
};

export const wsw_title = /** @type {(inputs: Wsw_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Qui voit quoi`)
};

export const wsw_unknown = /** @type {(inputs: Wsw_UnknownInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Le serveur n’a pas indiqué le niveau de ${shown} contact : il n’est pas compté ci-dessous.`);
	return /** @type {LocalizedString} */ (`Le serveur n’a pas indiqué le niveau de ${shown} contacts : ils ne sont pas comptés ci-dessous.`)
	
};

export const wsw_who = /** @type {(inputs: Wsw_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Qui`)
};