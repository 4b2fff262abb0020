#pragma once

// JSON fixtures in the shapes sent-api.md documents (kept out of the test file: moc does not read raw strings).

// A profile as the baseline generation lists it (sent-api.md §2.2): every key present, nulls explicit.
inline const char *const kBaselineProfile = R"({
  "id": "660e8400-e29b-41d4-a716-446655440001", "organization_id": "550e8400-e29b-41d4-a716-446655440000",
  "name": "Marketing Team", "email": "team@acme.com", "icon": "https://example.com/i.png",
  "description": "Marketing department sender profile", "short_name": "MKT", "status": "approved",
  "created_at": "2026-02-01T09:53:14.0701221+00:00", "updated_at": "2026-04-26T09:53:14.0701232+00:00",
  "allow_contact_sharing": true, "allow_template_sharing": false, "inherit_contacts": true,
  "inherit_templates": false, "inherit_tcr_brand": false, "inherit_tcr_campaign": false,
  "billing_model": "profile", "sending_phone_number_profile_id": null, "sending_whatsapp_number_profile_id": null,
  "sending_phone_number": null, "whatsapp_phone_number": null, "allow_number_change_during_onboarding": null,
  "waba_id": null, "billing_contact": {"name": "Ada Ops", "email": "ops@example.com", "phone": null, "address": null},
  "brand": {
    "id": "a1b2c3d4-0000-4000-8000-000000000001",
    "contact": {"name": "Ada", "business_name": "Acme", "email": "ada@acme.com", "phone": "+14155550100",
                "phone_country_code": "1", "role": "CEO"},
    "business": {"legal_name": "Acme Corp LLC", "entity_type": "PRIVATE_PROFIT", "tax_id": "12-3456789",
                 "tax_id_type": "us_ein", "url": "https://acme.com", "street": "1 Main St", "city": "Springfield",
                 "state": "IL", "postal_code": "62701", "country": "US", "country_of_registration": "US"},
    "compliance": {"brand_relationship": "SMALL_ACCOUNT", "vertical": "RETAIL",
                   "destination_countries": [{"id": "CA", "isMain": false}, {"id": "US", "isMain": true}],
                   "expected_messaging_volume": "10000", "is_tcr_application": true, "notes": null,
                   "phone_number_prefix": "+1", "primary_use_case": "MARKETING"},
    "status": "ACTIVE", "identity_status": "VERIFIED", "is_inherited": false, "submitted_to_tcr": true,
    "submitted_at": "2026-03-01T10:00:00.1234567+00:00", "tcr_brand_id": "BXYZ123", "universal_ein": null,
    "csp_id": "CSP1", "created_at": "2026-02-01T09:53:14.07+00:00", "updated_at": null
  }
})";

// The newest generation (§2.3 [NEW]): deprecated flags null, pagination beside, extra fields, no volume.
inline const char *const kNewProfile = R"({
  "id": "660e8400-e29b-41d4-a716-446655440002", "name": "Support", "short_name": "Support1",
  "status": "APPROVED", "created_at": "2026-08-20T12:00:00Z", "inherit_tcr_brand": true,
  "inherit_tcr_campaign": true, "inherit_contacts": null, "inherit_templates": null,
  "sending_phone_number_profile_id": null, "conversion_flow_status": "ONBOARDED", "future_field": {"x": 1},
  "brand": null
})";

// The oldest shape, with the flags nested under `settings`.
inline const char *const kOldProfile = R"({
  "id": "660e8400-e29b-41d4-a716-446655440003", "name": "Legacy", "status": "incomplete",
  "settings": {"inherit_tcr_brand": true, "inherit_tcr_campaign": false, "billing_model": "organization"}
})";

inline const char *const kCampaign = R"({
  "useCases": [{"campaignId": "b2c3d4e5-0000-4000-8000-000000000001",
                "customerId": "00000000-0000-0000-0000-000000000000", "messagingUseCaseUs": "ACCOUNT_NOTIFICATION",
                "sampleMessages": ["Hi {name}, your appointment is confirmed.", "Your order has shipped."],
                "id": "c3d4e5f6-0000-4000-8000-000000000001", "createdAt": "0001-01-01T00:00:00+00:00",
                "updatedAt": null}],
  "tcrSyncError": null, "kycSubmissionFormId": null, "type": "App", "name": "Customer Notifications",
  "description": "Appointment reminders", "id": "b2c3d4e5-0000-4000-8000-000000000001",
  "brandId": "a1b2c3d4-0000-4000-8000-000000000001", "customerId": "660e8400-e29b-41d4-a716-446655440001",
  "status": null, "submittedToTCR": false, "submittedAt": null, "tcrCampaignId": null, "cost": 15.5,
  "billedDate": null, "hasSubmissionTransaction": false, "sharingStatus": "PENDING", "cspId": "X",
  "messageFlow": "User signs up on website", "privacyPolicyLink": "https://acmecorp.com/privacy",
  "termsAndConditionsLink": null, "optinMessage": "You have opted in.", "optoutMessage": "Unsubscribed.",
  "helpMessage": "Reply STOP", "optinKeywords": "YES, START", "optoutKeywords": "STOP, END",
  "helpKeywords": "HELP", "volume": 5000, "createdAt": "2026-03-11T21:50:50.2705837+00:00", "updatedAt": null
})";

inline const char *const kOrganizationMe = R"({"type":"organization","id":"550e8400-e29b-41d4-a716-446655440000",
            "name":"Acme","email":"a@acme.com","created_at":"2026-01-01T00:00:00+00:00",
            "channels":{"sms":{"configured":true,"phone_number":"+14155550100"},"whatsapp":{"configured":false},"rcs":{"configured":false}},
            "profiles":[{"id":"660e8400-e29b-41d4-a716-446655440001","name":"Marketing","status":"approved","role":"admin",
                         "settings":{"inherit_tcr_brand":true,"billing_model":"organization"}}],
            "sending_phone_number":null})";

inline const char *const kProfileMe = R"({"type":"PROFILE","id":"a1","organization_id":"d290",
            "name":"Marketing","short_name":"MKT","status":"pending_review"})";

inline const char *const kRobotMe = R"({"type":"robot"})";

inline const char *const kWrongTypesProfile = R"({"id": 42, "name": ["x"], "inherit_tcr_brand": "yes",
                                                      "created_at": 5, "brand": "none", "billing_contact": []})";

inline const char *const kWrongTypesCampaign = R"({"useCases": [1, "x", {"sampleMessages": [1, "ok"]}]})";
