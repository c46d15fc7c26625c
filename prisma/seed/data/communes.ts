// Wards and communes of Ninh Bình province after the 1 July 2025 reorganisation
// (old Ninh Bình, Nam Định and Hà Nam provinces). Codes are neutral seed codes,
// not the official administrative codes.
import type { SeedCommune } from '../types.ts'

export const communes: SeedCommune[] = [
	// Khu vực Ninh Bình cũ
	{ code: 'NB001', name: 'Phường Hoa Lư', kind: 'WARD' },
	{ code: 'NB002', name: 'Phường Tây Hoa Lư', kind: 'WARD' },
	{ code: 'NB003', name: 'Phường Nam Hoa Lư', kind: 'WARD' },
	{ code: 'NB004', name: 'Phường Đông Hoa Lư', kind: 'WARD' },
	{ code: 'NB005', name: 'Phường Tam Điệp', kind: 'WARD' },
	{ code: 'NB006', name: 'Phường Yên Sơn', kind: 'WARD' },
	{ code: 'NB007', name: 'Phường Trung Sơn', kind: 'WARD' },
	// Khu vực Nam Định cũ
	{ code: 'NB008', name: 'Phường Nam Định', kind: 'WARD' },
	{ code: 'NB009', name: 'Phường Thiên Trường', kind: 'WARD' },
	{ code: 'NB010', name: 'Phường Thành Nam', kind: 'WARD' },
	{ code: 'NB011', name: 'Phường Mỹ Lộc', kind: 'WARD' },
	{ code: 'NB012', name: 'Phường Đông A', kind: 'WARD' },
	// Khu vực Hà Nam cũ
	{ code: 'NB013', name: 'Phường Phủ Lý', kind: 'WARD' },
	{ code: 'NB014', name: 'Phường Châu Sơn', kind: 'WARD' },
	{ code: 'NB015', name: 'Phường Duy Tiên', kind: 'WARD' },
	{ code: 'NB016', name: 'Phường Đồng Văn', kind: 'WARD' },
	{ code: 'NB017', name: 'Phường Kim Bảng', kind: 'WARD' },
	// Các xã
	{ code: 'NB018', name: 'Xã Gia Viễn', kind: 'COMMUNE' },
	{ code: 'NB019', name: 'Xã Nho Quan', kind: 'COMMUNE' },
	{ code: 'NB020', name: 'Xã Yên Khánh', kind: 'COMMUNE' },
	{ code: 'NB021', name: 'Xã Kim Sơn', kind: 'COMMUNE' },
	{ code: 'NB022', name: 'Xã Phát Diệm', kind: 'COMMUNE' },
	{ code: 'NB023', name: 'Xã Hải Hậu', kind: 'COMMUNE' },
	{ code: 'NB024', name: 'Xã Hải Thịnh', kind: 'COMMUNE' },
	{ code: 'NB025', name: 'Xã Giao Thủy', kind: 'COMMUNE' },
	{ code: 'NB026', name: 'Xã Nghĩa Hưng', kind: 'COMMUNE' },
	{ code: 'NB027', name: 'Xã Xuân Trường', kind: 'COMMUNE' },
	{ code: 'NB028', name: 'Xã Ý Yên', kind: 'COMMUNE' },
	{ code: 'NB029', name: 'Xã Lý Nhân', kind: 'COMMUNE' },
	{ code: 'NB030', name: 'Xã Vụ Bản', kind: 'COMMUNE' },
]
