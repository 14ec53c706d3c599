namespace IntegrationHubs.Web.Features.Initiatives;

/// <summary>The steps of the proposal form: each saves the draft, so nothing typed is lost between them.</summary>
public enum ProposalStep
{
    /// <summary>Title and summary: what the initiative is.</summary>
    Idea = 1,

    /// <summary>Category, languages and what it needs from the hub.</summary>
    Details = 2,

    /// <summary>A last look, the team, and submitting.</summary>
    Review = 3,
}
