namespace IntegrationHubs.Web.Features.Invitations;

public static class InvitationsServiceCollectionExtensions
{
    /// <summary>Invite by email, list and revoke (coordinators); open and accept a link (anyone holding it).</summary>
    public static IServiceCollection AddInvitations(this IServiceCollection services)
    {
        services.AddScoped<InviteMember>();
        services.AddScoped<ListInvitations>();
        services.AddScoped<RevokeInvitation>();
        services.AddScoped<GetInvitation>();
        services.AddScoped<AcceptInvitation>();
        return services;
    }
}
