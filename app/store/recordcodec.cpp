#include "recordcodec.h"

#include <QDataStream>
#include <QIODevice>

namespace cd::store {

namespace {

constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;
constexpr qsizetype kTypicalRecordSize = 2048; // a brand or a campaign with its samples: grown in one step

// One writer and one reader per field type; the struct functions below list the fields once each way.
class Writer
{
public:
    explicit Writer(QByteArray *bytes)
        : m_out(bytes, QIODevice::WriteOnly)
    {
        m_out.setVersion(kStreamVersion);
    }
    Writer &operator()(const QString &v)
    {
        m_out << v.toUtf8();
        return *this;
    }
    Writer &operator()(bool v)
    {
        m_out << v;
        return *this;
    }
    Writer &operator()(double v)
    {
        m_out << v;
        return *this;
    }
    Writer &operator()(const QDateTime &v)
    {
        m_out << v;
        return *this;
    }
    template<typename T>
    Writer &operator()(const std::optional<T> &v)
    {
        (*this)(v.has_value());
        if (v)
            write(*this, *v);
        return *this;
    }
    template<typename T>
    Writer &operator()(const QList<T> &list)
    {
        m_out << qint32(list.size());
        for (const T &item : list)
            write(*this, item);
        return *this;
    }

private:
    QDataStream m_out;
};

class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_in(bytes)
    {
        m_in.setVersion(kStreamVersion);
    }
    bool ok() const { return m_in.status() == QDataStream::Ok; }
    Reader &operator()(QString &v)
    {
        QByteArray utf8;
        m_in >> utf8;
        v = QString::fromUtf8(utf8);
        return *this;
    }
    Reader &operator()(bool &v)
    {
        m_in >> v;
        return *this;
    }
    Reader &operator()(double &v)
    {
        m_in >> v;
        return *this;
    }
    Reader &operator()(QDateTime &v)
    {
        m_in >> v;
        return *this;
    }
    template<typename T>
    Reader &operator()(std::optional<T> &v)
    {
        bool present = false;
        (*this)(present);
        v.reset();
        if (present && ok()) {
            T value{};
            read(*this, value);
            v = std::move(value);
        }
        return *this;
    }
    template<typename T>
    Reader &operator()(QList<T> &list)
    {
        qint32 size = 0;
        m_in >> size;
        list.clear();
        for (qint32 i = 0; i < size && ok(); ++i) {
            T item{};
            read(*this, item);
            list.append(std::move(item));
        }
        return *this;
    }

private:
    QDataStream m_in;
};

// Each struct's fields, once, for both directions.
template<typename Stream, typename C>
void contactFields(Stream &s, C &c)
{
    s(c.name)(c.businessName)(c.email)(c.phone)(c.phoneCountryCode)(c.role);
}
template<typename Stream, typename B>
void businessFields(Stream &s, B &b)
{
    s(b.legalName)(b.entityType)(b.taxId)(b.taxIdType)(b.url)(b.street)(b.city)(b.state)(b.postalCode)(b.country)(
        b.countryOfRegistration);
}
template<typename Stream, typename D>
void destinationFields(Stream &s, D &d)
{
    s(d.id)(d.isMain);
}
template<typename Stream, typename C>
void complianceFields(Stream &s, C &c)
{
    s(c.brandRelationship)(c.vertical)(c.destinationCountries)(c.expectedMessagingVolume)(c.isTcrApplication)(c.notes)(
        c.phoneNumberPrefix)(c.primaryUseCase);
}
template<typename Stream, typename B>
void brandFields(Stream &s, B &b)
{
    s(b.id)(b.contact)(b.business)(b.compliance)(b.status)(b.identityStatus)(b.isInherited)(b.submittedToTcr)(
        b.submittedAt)(b.tcrBrandId)(b.universalEin)(b.cspId)(b.createdAt)(b.updatedAt);
}
template<typename Stream, typename C>
void billingFields(Stream &s, C &c)
{
    s(c.name)(c.email)(c.phone)(c.address);
}
template<typename Stream, typename P>
void profileFields(Stream &s, P &p)
{
    s(p.id)(p.organizationId)(p.name)(p.shortName)(p.description)(p.icon)(p.email)(p.status)(p.createdAt)(p.updatedAt)(
        p.billingModel)(p.billingContact)(p.inheritTcrBrand)(p.inheritTcrCampaign)(p.inheritContacts)(
        p.inheritTemplates)(p.allowContactSharing)(p.allowTemplateSharing)(p.allowNumberChangeDuringOnboarding)(
        p.sendingPhoneNumber)(p.whatsappPhoneNumber)(p.sendingPhoneNumberProfileId)(p.sendingWhatsappNumberProfileId)(
        p.wabaId)(p.brand);
}
template<typename Stream, typename U>
void useCaseFields(Stream &s, U &u)
{
    s(u.id)(u.campaignId)(u.customerId)(u.messagingUseCaseUs)(u.sampleMessages)(u.createdAt)(u.updatedAt);
}
template<typename Stream, typename C>
void campaignFields(Stream &s, C &c)
{
    s(c.id)(c.name)(c.description)(c.type)(c.brandId)(c.customerId)(c.status)(c.submittedToTcr)(c.submittedAt)(
        c.tcrCampaignId)(c.tcrSyncError)(c.dcaElectionsComplete)(c.dcaElectionsCompletedAt)(c.billedDate)(c.cost)(
        c.hasSubmissionTransaction)(c.volume)(c.messageFlow)(c.privacyPolicyLink)(c.termsAndConditionsLink)(
        c.optinMessage)(c.optoutMessage)(c.helpMessage)(c.optinKeywords)(c.optoutKeywords)(c.helpKeywords)(
        c.sharingStatus)(c.useCases)(c.createdAt)(c.updatedAt);
}

// The nested types, for Writer's and Reader's optional and list members (found by argument-dependent lookup
// where those are instantiated, below).
void write(Writer &w, const QString &v)
{
    w(v);
}
void read(Reader &r, QString &v)
{
    r(v);
}
void write(Writer &w, const BrandContact &v)
{
    contactFields(w, v);
}
void read(Reader &r, BrandContact &v)
{
    contactFields(r, v);
}
void write(Writer &w, const BrandBusiness &v)
{
    businessFields(w, v);
}
void read(Reader &r, BrandBusiness &v)
{
    businessFields(r, v);
}
void write(Writer &w, const DestinationCountry &v)
{
    destinationFields(w, v);
}
void read(Reader &r, DestinationCountry &v)
{
    destinationFields(r, v);
}
void write(Writer &w, const BrandCompliance &v)
{
    complianceFields(w, v);
}
void read(Reader &r, BrandCompliance &v)
{
    complianceFields(r, v);
}
void write(Writer &w, const Brand &v)
{
    brandFields(w, v);
}
void read(Reader &r, Brand &v)
{
    brandFields(r, v);
}
void write(Writer &w, const BillingContact &v)
{
    billingFields(w, v);
}
void read(Reader &r, BillingContact &v)
{
    billingFields(r, v);
}
void write(Writer &w, const UseCase &v)
{
    useCaseFields(w, v);
}
void read(Reader &r, UseCase &v)
{
    useCaseFields(r, v);
}
void write(Writer &w, bool v)
{
    w(v);
}
void read(Reader &r, bool &v)
{
    r(v);
}
void write(Writer &w, double v)
{
    w(v);
}
void read(Reader &r, double &v)
{
    r(v);
}

} // namespace

QByteArray encodeRecord(const Profile &profile)
{
    QByteArray bytes;
    bytes.reserve(kTypicalRecordSize);
    Writer w(&bytes);
    profileFields(w, profile);
    return bytes;
}

QByteArray encodeRecord(const Campaign &campaign)
{
    QByteArray bytes;
    bytes.reserve(kTypicalRecordSize);
    Writer w(&bytes);
    campaignFields(w, campaign);
    return bytes;
}

bool decodeRecord(const QByteArray &bytes, Profile *profile)
{
    Reader r(bytes);
    *profile = Profile();
    profileFields(r, *profile);
    return r.ok() && !profile->id.isEmpty();
}

bool decodeRecord(const QByteArray &bytes, Campaign *campaign)
{
    Reader r(bytes);
    *campaign = Campaign();
    campaignFields(r, *campaign);
    return r.ok() && !campaign->id.isEmpty();
}

} // namespace cd::store
