/**
 * Message files, one per feature namespace, per locale. Add a namespace by adding
 * `messages/en/<ns>.json` and `messages/ko/<ns>.json` and listing it here;
 * tests/unit/messages.test.ts fails when the two locales' keys differ.
 */
import enCommon from "./en/common.json";
import koCommon from "./ko/common.json";
import enErrors from "./en/errors.json";
import koErrors from "./ko/errors.json";
import enAuth from "./en/auth.json";
import koAuth from "./ko/auth.json";
import enInquiries from "./en/inquiries.json";
import koInquiries from "./ko/inquiries.json";
import enCustomers from "./en/customers.json";
import koCustomers from "./ko/customers.json";
import enAdmin from "./en/admin.json";
import koAdmin from "./ko/admin.json";
import enContact from "./en/contact.json";
import koContact from "./ko/contact.json";
import enQueue from "./en/queue.json";
import koQueue from "./ko/queue.json";
import enBoard from "./en/board.json";
import koBoard from "./ko/board.json";
import enPush from "./en/push.json";
import koPush from "./ko/push.json";
import enOutbox from "./en/outbox.json";
import koOutbox from "./ko/outbox.json";
import enSurveys from "./en/surveys.json";
import koSurveys from "./ko/surveys.json";
import enSurveyPublic from "./en/surveyPublic.json";
import koSurveyPublic from "./ko/surveyPublic.json";
import enSurveyAdmin from "./en/surveyAdmin.json";
import koSurveyAdmin from "./ko/surveyAdmin.json";
import enDashboard from "./en/dashboard.json";
import koDashboard from "./ko/dashboard.json";
import enDigest from "./en/digest.json";
import koDigest from "./ko/digest.json";
import type { Locale } from "@/lib/i18n/locales";

export const messages = {
  en: { common: enCommon, errors: enErrors, auth: enAuth, inquiries: enInquiries, customers: enCustomers, admin: enAdmin, contact: enContact, queue: enQueue, board: enBoard, push: enPush, outbox: enOutbox, surveys: enSurveys, surveyPublic: enSurveyPublic, surveyAdmin: enSurveyAdmin, dashboard: enDashboard, digest: enDigest },
  ko: { common: koCommon, errors: koErrors, auth: koAuth, inquiries: koInquiries, customers: koCustomers, admin: koAdmin, contact: koContact, queue: koQueue, board: koBoard, push: koPush, outbox: koOutbox, surveys: koSurveys, surveyPublic: koSurveyPublic, surveyAdmin: koSurveyAdmin, dashboard: koDashboard, digest: koDigest },
} satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof messages)["en"];
