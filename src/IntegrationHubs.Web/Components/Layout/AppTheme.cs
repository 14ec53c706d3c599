using MudBlazor;

namespace IntegrationHubs.Web.Components.Layout;

/// <summary>
/// Colours chosen for WCAG AA contrast on white and on the primary bar. Buttons are written as their text is, not in
/// capitals: long German and Ukrainian words in capitals are hard to read, and capitals mean nothing in Arabic or Persian.
/// </summary>
public static class AppTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1b5e55",
            PrimaryContrastText = "#ffffff",
            Secondary = "#a33f24",
            SecondaryContrastText = "#ffffff",
            Tertiary = "#5b4a8b",
            AppbarBackground = "#1b5e55",
            AppbarText = "#ffffff",
            Background = "#f7f5f0",
            Surface = "#ffffff",
            TextPrimary = "#1f2328",
            TextSecondary = "#4a4f55",
            Info = "#1d5f99",
            Success = "#2e6b30",
            Warning = "#8a5300",
            Error = "#b3261e",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Noto Sans", "Segoe UI", "Tahoma", "Arial", "sans-serif"] },
            Button = new ButtonTypography { TextTransform = "none", LetterSpacing = "normal" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "8px" },
    };
}
