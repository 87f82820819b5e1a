import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OverviewComponent as OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaImageComponent as MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { ActivityField as ActivityField_8a756f9faf7fdc3956e1bc1858f722d0 } from '../../../../src/history/admin/ActivityField'
import { EditorPublishButton as EditorPublishButton_9c954142117ca6382e293b400830b0a5 } from '../../../../src/contributors/admin/EditorPublishButton'
import { ParticipantsExport as ParticipantsExport_44f1f3750cbe747c6da3c7e4517a1174 } from '../../../../src/registrations/admin/ParticipantsExport'
import { DurationCell as DurationCell_9ad3a6fd35a8ed0e67eb76f1f709b2aa } from '../../../../src/rebuild/admin/DurationCell'
import { RebuiltPagesCell as RebuiltPagesCell_66bce6fa7ebf2255f9b3aeaa221d8076 } from '../../../../src/rebuild/admin/RebuiltPagesCell'
import { RebuildPanel as RebuildPanel_bfb9c410ae86e10b51db5c68817cfca6 } from '../../../../src/rebuild/admin/RebuildPanel'
import { EditionPreview as EditionPreview_766381328fdb479f3aadf4a1e4b9fe11 } from '../../../../src/newsletter/admin/EditionPreview'
import { SendTestForm as SendTestForm_7e38a200be8f1be77ee9b623a4d215f7 } from '../../../../src/newsletter/admin/SendTestForm'
import { SendPanel as SendPanel_b6e35f6c1310804e572480ca13a86f9a } from '../../../../src/newsletter/admin/SendPanel'
import { PrivacyNavLink as PrivacyNavLink_26fdb73aeff2e6ca5b6eb4c238e8ad57 } from '../../../../src/privacy/admin/PrivacyNavLink'
import { WorkOverview as WorkOverview_42705a628b2c144491a9a9bf60a1ecf3 } from '../../../../src/dashboard/admin/WorkOverview'
import { MessagesPanel as MessagesPanel_7131a21addf04aab23462bb7ddc05561 } from '../../../../src/contact/admin/MessagesPanel'
import { ShareholdersPanel as ShareholdersPanel_7acb686d5ea0787cf4c6ef0c1937b2dc } from '../../../../src/shareholders/admin/ShareholdersPanel'
import { AccessibleNames as AccessibleNames_d29b40ff2b55a796ed26a524c85c9f95 } from '../../../../src/admin/accessibleNames/AccessibleNames'
import { PrivacyView as PrivacyView_3bbedfdb3fbea1a052d818c14e37a8d7 } from '../../../../src/privacy/admin/PrivacyView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/plugin-seo/client#OverviewComponent": OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaImageComponent": MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "/src/history/admin/ActivityField#ActivityField": ActivityField_8a756f9faf7fdc3956e1bc1858f722d0,
  "/src/contributors/admin/EditorPublishButton#EditorPublishButton": EditorPublishButton_9c954142117ca6382e293b400830b0a5,
  "/src/registrations/admin/ParticipantsExport#ParticipantsExport": ParticipantsExport_44f1f3750cbe747c6da3c7e4517a1174,
  "/src/rebuild/admin/DurationCell#DurationCell": DurationCell_9ad3a6fd35a8ed0e67eb76f1f709b2aa,
  "/src/rebuild/admin/RebuiltPagesCell#RebuiltPagesCell": RebuiltPagesCell_66bce6fa7ebf2255f9b3aeaa221d8076,
  "/src/rebuild/admin/RebuildPanel#RebuildPanel": RebuildPanel_bfb9c410ae86e10b51db5c68817cfca6,
  "/src/newsletter/admin/EditionPreview#EditionPreview": EditionPreview_766381328fdb479f3aadf4a1e4b9fe11,
  "/src/newsletter/admin/SendTestForm#SendTestForm": SendTestForm_7e38a200be8f1be77ee9b623a4d215f7,
  "/src/newsletter/admin/SendPanel#SendPanel": SendPanel_b6e35f6c1310804e572480ca13a86f9a,
  "/src/privacy/admin/PrivacyNavLink#PrivacyNavLink": PrivacyNavLink_26fdb73aeff2e6ca5b6eb4c238e8ad57,
  "/src/dashboard/admin/WorkOverview#WorkOverview": WorkOverview_42705a628b2c144491a9a9bf60a1ecf3,
  "/src/contact/admin/MessagesPanel#MessagesPanel": MessagesPanel_7131a21addf04aab23462bb7ddc05561,
  "/src/shareholders/admin/ShareholdersPanel#ShareholdersPanel": ShareholdersPanel_7acb686d5ea0787cf4c6ef0c1937b2dc,
  "/src/admin/accessibleNames/AccessibleNames#AccessibleNames": AccessibleNames_d29b40ff2b55a796ed26a524c85c9f95,
  "/src/privacy/admin/PrivacyView#PrivacyView": PrivacyView_3bbedfdb3fbea1a052d818c14e37a8d7,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
