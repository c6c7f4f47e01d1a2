import type { ActiveMembership, MembershipRole, TokenScope, UnionCountryCode } from '@coopex/domain';
import type { SqlExecutor } from '../database';
import { toIsoTimestamp } from './row-mapping';

export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string | null;
  isPlatformAdmin: boolean;
  failedSignIns: number;
  lockedUntil: string | null;
  disabledAt: string | null;
  createdAt: string;
}

export interface MembershipRecord extends ActiveMembership {
  userId: string;
  organisationName: string;
  organisationNameEn: string | null;
}

export interface MemberRecord {
  userId: string;
  email: string;
  displayName: string;
  role: MembershipRole;
  canBuy: boolean;
  canSupply: boolean;
  createdAt: string;
}

export interface SessionRecord {
  userId: string;
  organisationId: string | null;
  csrfToken: string;
  expiresAt: string;
  lastSeenAt: string;
}

export interface ApiTokenRecord {
  id: string;
  userId: string;
  organisationId: string | null;
  name: string;
  tokenPrefix: string;
  scopes: TokenScope[];
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface InvitationRecord {
  id: string;
  organisationId: string;
  email: string;
  role: MembershipRole;
  canBuy: boolean;
  canSupply: boolean;
  invitedBy: string | null;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
}

const optionalTimestamp = (value: unknown): string | null => (value === null ? null : toIsoTimestamp(value));

function toUser(row: Record<string, unknown>): UserRecord {
  return {
    id: String(row.id),
    email: String(row.email),
    displayName: String(row.display_name),
    passwordHash: row.password_hash === null ? null : String(row.password_hash),
    isPlatformAdmin: Boolean(row.is_platform_admin),
    failedSignIns: Number(row.failed_sign_ins),
    lockedUntil: optionalTimestamp(row.locked_until),
    disabledAt: optionalTimestamp(row.disabled_at),
    createdAt: toIsoTimestamp(row.created_at),
  };
}

function toApiToken(row: Record<string, unknown>): ApiTokenRecord {
  return {
    id: String(row.id),
    userId: String(row.user_id),
    organisationId: row.organisation_id === null ? null : String(row.organisation_id),
    name: String(row.name),
    tokenPrefix: String(row.token_prefix),
    scopes: row.scopes as TokenScope[],
    createdAt: toIsoTimestamp(row.created_at),
    expiresAt: toIsoTimestamp(row.expires_at),
    revokedAt: optionalTimestamp(row.revoked_at),
    lastUsedAt: optionalTimestamp(row.last_used_at),
  };
}

function toInvitation(row: Record<string, unknown>): InvitationRecord {
  return {
    id: String(row.id),
    organisationId: String(row.organisation_id),
    email: String(row.email),
    role: row.role as MembershipRole,
    canBuy: Boolean(row.can_buy),
    canSupply: Boolean(row.can_supply),
    invitedBy: row.invited_by === null ? null : String(row.invited_by),
    createdAt: toIsoTimestamp(row.created_at),
    expiresAt: toIsoTimestamp(row.expires_at),
    acceptedAt: optionalTimestamp(row.accepted_at),
  };
}

const membershipColumns = `m.user_id, m.organisation_id, m.role, m.can_buy, m.can_supply,
  o.kind AS organisation_kind, o.country, o.name_ru AS organisation_name, o.name_en AS organisation_name_en`;

function toMembership(row: Record<string, unknown>): MembershipRecord {
  return {
    userId: String(row.user_id),
    organisationId: String(row.organisation_id),
    organisationName: String(row.organisation_name),
    organisationNameEn: row.organisation_name_en === null ? null : String(row.organisation_name_en),
    organisationKind: row.organisation_kind as ActiveMembership['organisationKind'],
    country: String(row.country).trim() as UnionCountryCode,
    role: row.role as MembershipRole,
    canBuy: Boolean(row.can_buy),
    canSupply: Boolean(row.can_supply),
  };
}

/** Users, memberships, sessions, API tokens, invitations and password resets. Secrets arrive hashed. */
export function createAccountsRepository(executor: SqlExecutor) {
  return {
    async insertUser(user: {
      email: string;
      displayName: string;
      passwordHash: string | null;
      isPlatformAdmin: boolean;
    }): Promise<UserRecord> {
      const result = await executor.query(
        `INSERT INTO users (email, display_name, password_hash, is_platform_admin) VALUES ($1, $2, $3, $4) RETURNING *`,
        [user.email, user.displayName, user.passwordHash, user.isPlatformAdmin],
      );
      return toUser(result.rows[0]!);
    },

    async findUserByEmail(email: string): Promise<UserRecord | undefined> {
      const result = await executor.query('SELECT * FROM users WHERE lower(email) = lower($1)', [email]);
      return result.rows[0] ? toUser(result.rows[0]) : undefined;
    },

    async findUserById(id: string): Promise<UserRecord | undefined> {
      const result = await executor.query('SELECT * FROM users WHERE id = $1', [id]);
      return result.rows[0] ? toUser(result.rows[0]) : undefined;
    },

    async setPassword(userId: string, passwordHash: string): Promise<void> {
      await executor.query(
        `UPDATE users SET password_hash = $2, failed_sign_ins = 0, locked_until = NULL, updated_at = now() WHERE id = $1`,
        [userId, passwordHash],
      );
    },

    /** Counts a failed sign-in and locks the account until `lockUntil` once `threshold` failures in a row are reached. */
    async recordFailedSignIn(userId: string, threshold: number, lockUntil: Date): Promise<UserRecord> {
      const result = await executor.query(
        `UPDATE users SET failed_sign_ins = failed_sign_ins + 1,
           locked_until = CASE WHEN failed_sign_ins + 1 >= $2 THEN $3::timestamptz ELSE locked_until END
         WHERE id = $1 RETURNING *`,
        [userId, threshold, lockUntil.toISOString()],
      );
      return toUser(result.rows[0]!);
    },

    async recordSuccessfulSignIn(userId: string): Promise<void> {
      await executor.query('UPDATE users SET failed_sign_ins = 0, locked_until = NULL WHERE id = $1', [
        userId,
      ]);
    },

    async upsertMembership(membership: {
      userId: string;
      organisationId: string;
      role: MembershipRole;
      canBuy: boolean;
      canSupply: boolean;
    }): Promise<void> {
      await executor.query(
        `INSERT INTO memberships (user_id, organisation_id, role, can_buy, can_supply) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (user_id, organisation_id) DO UPDATE SET role = $3, can_buy = $4, can_supply = $5`,
        [
          membership.userId,
          membership.organisationId,
          membership.role,
          membership.canBuy,
          membership.canSupply,
        ],
      );
    },

    async deleteMembership(userId: string, organisationId: string): Promise<boolean> {
      const result = await executor.query(
        'DELETE FROM memberships WHERE user_id = $1 AND organisation_id = $2',
        [userId, organisationId],
      );
      return result.rowCount > 0;
    },

    async listMembershipsOfUser(userId: string): Promise<MembershipRecord[]> {
      const result = await executor.query(
        `SELECT ${membershipColumns} FROM memberships m JOIN organisations o ON o.id = m.organisation_id
         WHERE m.user_id = $1 ORDER BY o.name_ru, o.id`,
        [userId],
      );
      return result.rows.map(toMembership);
    },

    async findMembership(userId: string, organisationId: string): Promise<MembershipRecord | undefined> {
      const result = await executor.query(
        `SELECT ${membershipColumns} FROM memberships m JOIN organisations o ON o.id = m.organisation_id
         WHERE m.user_id = $1 AND m.organisation_id = $2`,
        [userId, organisationId],
      );
      return result.rows[0] ? toMembership(result.rows[0]) : undefined;
    },

    async listMembers(organisationId: string): Promise<MemberRecord[]> {
      const result = await executor.query(
        `SELECT u.id, u.email, u.display_name, m.role, m.can_buy, m.can_supply, m.created_at
         FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = $1 ORDER BY lower(u.email)`,
        [organisationId],
      );
      return result.rows.map((row) => ({
        userId: String(row.id),
        email: String(row.email),
        displayName: String(row.display_name),
        role: row.role as MembershipRole,
        canBuy: Boolean(row.can_buy),
        canSupply: Boolean(row.can_supply),
        createdAt: toIsoTimestamp(row.created_at),
      }));
    },

    async countAdmins(organisationId: string): Promise<number> {
      const result = await executor.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM memberships WHERE organisation_id = $1 AND role = 'admin'`,
        [organisationId],
      );
      return Number(result.rows[0]?.count ?? 0);
    },

    async insertSession(session: {
      tokenHash: string;
      userId: string;
      organisationId: string | null;
      csrfToken: string;
      expiresAt: Date;
    }): Promise<void> {
      await executor.query(
        `INSERT INTO sessions (token_hash, user_id, organisation_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4, $5)`,
        [
          session.tokenHash,
          session.userId,
          session.organisationId,
          session.csrfToken,
          session.expiresAt.toISOString(),
        ],
      );
    },

    /** The session behind a cookie, if it has not expired. */
    async findLiveSession(tokenHash: string): Promise<SessionRecord | undefined> {
      const result = await executor.query(
        `SELECT user_id, organisation_id, csrf_token, expires_at, last_seen_at FROM sessions
         WHERE token_hash = $1 AND expires_at > now()`,
        [tokenHash],
      );
      const row = result.rows[0];
      if (!row) return undefined;
      const session = {
        userId: String(row.user_id),
        organisationId: row.organisation_id === null ? null : String(row.organisation_id),
        csrfToken: String(row.csrf_token),
        expiresAt: toIsoTimestamp(row.expires_at),
        lastSeenAt: toIsoTimestamp(row.last_seen_at),
      };
      // Reading a page is not a change: the last use is written at most once a minute, not on every request.
      if (Date.now() - new Date(session.lastSeenAt).getTime() > 60_000) {
        await executor.query('UPDATE sessions SET last_seen_at = now() WHERE token_hash = $1', [tokenHash]);
      }
      return session;
    },

    async setSessionOrganisation(tokenHash: string, organisationId: string): Promise<void> {
      await executor.query('UPDATE sessions SET organisation_id = $2 WHERE token_hash = $1', [
        tokenHash,
        organisationId,
      ]);
    },

    async deleteSession(tokenHash: string): Promise<void> {
      await executor.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
    },

    async deleteSessionsOfUser(userId: string): Promise<void> {
      await executor.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
    },

    async insertApiToken(token: {
      userId: string;
      organisationId: string | null;
      name: string;
      tokenHash: string;
      tokenPrefix: string;
      scopes: TokenScope[];
      expiresAt: Date;
    }): Promise<ApiTokenRecord> {
      const result = await executor.query(
        `INSERT INTO api_tokens (user_id, organisation_id, name, token_hash, token_prefix, scopes, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
        [
          token.userId,
          token.organisationId,
          token.name,
          token.tokenHash,
          token.tokenPrefix,
          token.scopes,
          token.expiresAt.toISOString(),
        ],
      );
      return toApiToken(result.rows[0]!);
    },

    async findApiTokenByHash(tokenHash: string): Promise<ApiTokenRecord | undefined> {
      const result = await executor.query('SELECT * FROM api_tokens WHERE token_hash = $1', [tokenHash]);
      return result.rows[0] ? toApiToken(result.rows[0]) : undefined;
    },

    async touchApiToken(id: string): Promise<void> {
      await executor.query(
        `UPDATE api_tokens SET last_used_at = now()
         WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
        [id],
      );
    },

    async listApiTokensOfUser(userId: string): Promise<ApiTokenRecord[]> {
      const result = await executor.query(
        'SELECT * FROM api_tokens WHERE user_id = $1 ORDER BY created_at DESC, id',
        [userId],
      );
      return result.rows.map(toApiToken);
    },

    async findApiTokenById(id: string): Promise<ApiTokenRecord | undefined> {
      const result = await executor.query('SELECT * FROM api_tokens WHERE id = $1', [id]);
      return result.rows[0] ? toApiToken(result.rows[0]) : undefined;
    },

    async revokeApiToken(id: string): Promise<ApiTokenRecord | undefined> {
      const result = await executor.query(
        'UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING *',
        [id],
      );
      return result.rows[0] ? toApiToken(result.rows[0]) : undefined;
    },

    async insertInvitation(invitation: {
      organisationId: string;
      email: string;
      role: MembershipRole;
      canBuy: boolean;
      canSupply: boolean;
      tokenHash: string;
      invitedBy: string | null;
      expiresAt: Date;
    }): Promise<InvitationRecord> {
      const result = await executor.query(
        `INSERT INTO invitations (organisation_id, email, role, can_buy, can_supply, token_hash, invited_by, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
        [
          invitation.organisationId,
          invitation.email,
          invitation.role,
          invitation.canBuy,
          invitation.canSupply,
          invitation.tokenHash,
          invitation.invitedBy,
          invitation.expiresAt.toISOString(),
        ],
      );
      return toInvitation(result.rows[0]!);
    },

    async listInvitations(organisationId: string): Promise<InvitationRecord[]> {
      const result = await executor.query(
        'SELECT * FROM invitations WHERE organisation_id = $1 ORDER BY created_at DESC, id',
        [organisationId],
      );
      return result.rows.map(toInvitation);
    },

    /** Marks a pending, unexpired invitation accepted and returns it; undefined when there is none. */
    async acceptInvitation(tokenHash: string): Promise<InvitationRecord | undefined> {
      const result = await executor.query(
        `UPDATE invitations SET accepted_at = now()
         WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > now() RETURNING *`,
        [tokenHash],
      );
      return result.rows[0] ? toInvitation(result.rows[0]) : undefined;
    },

    async insertPasswordReset(reset: { tokenHash: string; userId: string; expiresAt: Date }): Promise<void> {
      await executor.query(
        'INSERT INTO password_resets (token_hash, user_id, expires_at) VALUES ($1, $2, $3)',
        [reset.tokenHash, reset.userId, reset.expiresAt.toISOString()],
      );
    },

    /** Uses a reset token once: returns its user, or undefined when it is unknown, used or expired. */
    async consumePasswordReset(tokenHash: string): Promise<string | undefined> {
      const result = await executor.query<{ user_id: string }>(
        `UPDATE password_resets SET used_at = now()
         WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
        [tokenHash],
      );
      return result.rows[0]?.user_id;
    },
  };
}

export type AccountsRepository = ReturnType<typeof createAccountsRepository>;
