using IntegrationHubs.Web.Resources;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace IntegrationHubs.Web.Localization;

/// <summary>
/// MudBlazor's own labels (pager buttons, breadcrumb landmark, numeric field steppers, picker buttons) from our
/// resource files as <c>Mud.&lt;MudBlazor key&gt;</c>, so they speak the reader's language like the rest of the page.
/// A key we do not carry falls back to MudBlazor's English (resourceNotFound), never to the bare key.
/// </summary>
public sealed class AppMudLocalizer(IStringLocalizer<Strings> localizer) : MudLocalizer
{
    public const string Prefix = "Mud.";

    /// <summary>
    /// MudBlazor's keys (its LanguageResource.resx, MudBlazor 9.12) for the components the app uses; each has a
    /// <c>Mud.</c> entry in every language (a unit test checks). Keys of components the app does not render are left out.
    /// </summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "MudAlert_Close",
        "MudBaseDatePicker_NextMonth",
        "MudBaseDatePicker_NextYear",
        "MudBaseDatePicker_Open",
        "MudBaseDatePicker_PrevMonth",
        "MudBaseDatePicker_PrevYear",
        "MudBreadcrumbs_Label",
        "MudChip_Close",
        "MudDateRangePicker_End",
        "MudDateRangePicker_Start",
        "MudDialog_Close",
        "MudFormComponent_Required",
        "MudInput_Clear",
        "MudInput_Decrement",
        "MudInput_Increment",
        "MudRangeInput_End",
        "MudRangeInput_Start",
        "MudSelect_SelectAll",
        "MudSnackbar_Close",
        "MudTable_Loading",
        "MudTable_SelectAllRows",
        "MudTable_SelectRow",
        "MudTablePager_FirstPage",
        "MudTablePager_LastPage",
        "MudTablePager_NextPage",
        "MudTablePager_PreviousPage",
        "MudTimePicker_Open",
    ];

    public override LocalizedString this[string key]
    {
        get
        {
            var text = localizer[Prefix + key];
            return text.ResourceNotFound ? new LocalizedString(key, key, resourceNotFound: true) : new LocalizedString(key, text.Value);
        }
    }
}
