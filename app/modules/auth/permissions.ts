// Permission strings are "<action>:<entity>:<access>", granted to roles by migration.
// Asking for "own" is satisfied by "own" or "any"; asking for "any" only by "any".
export type PermissionString = `${string}:${string}:${'own' | 'any'}`

export type UserWithPermissions = { roles: string[]; permissions: string[] }

export function hasPermission(user: UserWithPermissions | null | undefined, permission: PermissionString) {
	if (!user) return false
	const [action, entity, access] = permission.split(':')
	if (user.permissions.includes(`${action}:${entity}:any`)) return true
	return access === 'own' && user.permissions.includes(`${action}:${entity}:own`)
}

export function hasRole(user: UserWithPermissions | null | undefined, role: string) {
	return Boolean(user?.roles.includes(role))
}
