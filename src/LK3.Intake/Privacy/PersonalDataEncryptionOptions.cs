using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LK3.Intake.Privacy;

public static class PersonalDataEncryptionOptions
{
    /// <summary>
    /// For an app that supplies <see cref="IPersonalDataEncryption"/>: each app gets a model of its own (see
    /// <see cref="PersonalDataModelCacheKeyFactory"/>).
    /// </summary>
    public static DbContextOptionsBuilder UsePersonalDataEncryption(this DbContextOptionsBuilder options) =>
        options.ReplaceService<IModelCacheKeyFactory, PersonalDataModelCacheKeyFactory>();
}
