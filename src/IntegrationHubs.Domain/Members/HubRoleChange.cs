namespace IntegrationHubs.Domain.Members;

/// <summary>
/// What a change of roles gives and takes, for the audit log. Plain membership is never granted or
/// revoked by a role change, so it is left out of both sides.
/// </summary>
public readonly record struct HubRoleChange(HubRoles Granted, HubRoles Revoked)
{
    private const HubRoles Assignable = HubRoles.Mentor | HubRoles.Coordinator;

    public bool IsEmpty => Granted == HubRoles.None && Revoked == HubRoles.None;

    public static HubRoleChange Between(HubRoles before, HubRoles after) =>
        new(after & ~before & Assignable, before & ~after & Assignable);

    /// <summary>The roles a coordinator can hand out besides plain membership.</summary>
    public static HubRoles OnlyAssignable(HubRoles roles) => roles & Assignable;
}
