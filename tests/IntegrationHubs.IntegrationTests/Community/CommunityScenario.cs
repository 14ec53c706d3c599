using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.IntegrationTests.Me;
using IntegrationHubs.Testing;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Me;
using IntegrationHubs.Web.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Community;

/// <summary>People with profiles in hubs, for the directory and tandem tests; built on <see cref="MemberScenario"/>.</summary>
internal sealed class CommunityScenario(HubsAppFactory app)
{
    public MemberScenario Given { get; } = new(app);

    /// <summary>A person with a saved profile (through the real handler, consent included), optionally a member of <paramref name="hubs"/>.</summary>
    public async Task<ApplicationUser> PersonAsync(string name, bool showInDirectory, string languages, Hub[]? hubs = null,
        string[]? skills = null, string[]? interests = null, Background? background = null)
    {
        var person = await Given.PersonAsync(name, $"{name.ToLowerInvariant().Replace(' ', '.')}@example.org");
        var form = new MemberProfileForm
        {
            Languages = [.. Languages(languages)],
            Skills = [.. skills ?? []],
            Interests = [.. interests ?? []],
            Background = background,
            ShowInDirectory = showInDirectory,
            AcceptsTerms = true,
        };
        await Given.AsAsync(person, null, s => s.GetRequiredService<SaveMemberProfile>().HandleAsync(form));
        foreach (var hub in hubs ?? [])
        {
            await Given.MembershipAsync(hub, person, HubRoles.Member);
        }

        return person;
    }

    /// <summary>A tandem row written straight into <paramref name="hub"/>, as if asked for at <paramref name="createdAt"/>.</summary>
    public Task TandemRowAsync(Hub hub, ApplicationUser requester, ApplicationUser partner, TandemState state, DateTimeOffset createdAt) =>
        app.WithScopeAsync(async services =>
        {
            services.GetRequiredService<HubContext>().Enter(MemberScenario.Resolved(hub));
            await using var db = await HubsAppFactory.CreateDbContextAsync(services);
            db.Tandems.Add(new Tandem
            {
                RequesterId = requester.Id, PartnerId = partner.Id, RequesterLearns = "de", PartnerLearns = "ar", State = state, CreatedAt = createdAt,
            });
            await db.SaveChangesAsync();
        });

    /// <summary>"ar:Native de:Learning" → language rows.</summary>
    private static IEnumerable<MemberProfileForm.LanguageRow> Languages(string spec) =>
        spec.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(part => part.Split(':')).Select(p => new MemberProfileForm.LanguageRow
        {
            Code = p[0], Level = Enum.Parse<LanguageLevel>(p[1]),
        });
}
