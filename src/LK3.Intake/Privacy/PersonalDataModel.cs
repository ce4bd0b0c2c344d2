using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LK3.Intake.Privacy;

/// <summary>Puts <see cref="IPersonalDataEncryption"/> between LK3's protected properties and their columns.</summary>
internal static class PersonalDataModel
{
    public static void EncryptProtectedProperties(this ModelBuilder modelBuilder, IPersonalDataEncryption encryption)
    {
        var converter = new EncryptingConverter(encryption);
        foreach (var property in ProtectedProperties(modelBuilder.Model)) property.SetValueConverter(converter);
    }

    /// <summary>
    /// LK3's own properties marked for protection. Identity's marks on the staff account (e-mail, user name) are left
    /// alone: sign-in looks accounts up by them, and Identity has its own switch for them.
    /// </summary>
    public static IEnumerable<IMutableProperty> ProtectedProperties(IMutableModel model) =>
        from entityType in model.GetEntityTypes()
        from property in entityType.GetDeclaredProperties()
        where property.PropertyInfo is { } info
            && info.DeclaringType?.Assembly == typeof(PersonalDataModel).Assembly
            && info.GetCustomAttribute<ProtectedPersonalDataAttribute>() is not null
        select property;

    private sealed class EncryptingConverter(IPersonalDataEncryption encryption)
        : ValueConverter<string, string>(plain => encryption.Encrypt(plain), stored => encryption.Decrypt(stored));
}

/// <summary>
/// The model holds the encryption of the app that built it, so each app (tests start many in one process) gets a
/// model of its own; EF Core's default key, the context type alone, would hand one app's keys to another.
/// </summary>
internal sealed class PersonalDataModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), (context as IntakeDbContext)?.PersonalDataEncryption, designTime);
}
