/** Kysely table interfaces. Never returned to callers: services map rows to DTOs from shared/schemas. */
import type { Generated } from 'kysely';

export interface SchoolTable {
  id: Generated<number>;
  name: string;
  created_at: string;
  updated_at: string;
}

export interface StaffUserTable {
  id: string;
  name: string;
  role: string;
  is_owner: number;
  created_at: string;
  updated_at: string;
}

export interface AuditLogTable {
  seq: Generated<number>;
  at: string;
  actor: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

export interface MigrationTable {
  name: string;
  applied_at: string;
}

export interface DB {
  school: SchoolTable;
  staff_user: StaffUserTable;
  audit_log: AuditLogTable;
  caseload_migration: MigrationTable;
}
