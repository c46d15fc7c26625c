// Incubator and accelerator profiles of the demo market.
import type { SeedIncubator } from '../types.ts'

export const incubators: SeedIncubator[] = [
	{
		organizationKey: 'vuon-uom-ninh-binh',
		title: 'Vườn ươm Doanh nghiệp KH&CN Ninh Bình - ươm tạo khởi nghiệp công nghệ giai đoạn sớm',
		summary:
			'Vườn ươm công lập của tỉnh hỗ trợ nhóm khởi nghiệp từ ý tưởng đến sản phẩm mẫu trong 12 tháng: chỗ làm việc miễn phí, cố vấn, phòng thí nghiệm dùng chung và thủ tục sở hữu trí tuệ.',
		description: `Vườn ươm hoạt động từ năm 2019 tại Tòa nhà Trung tâm Đổi mới sáng tạo của tỉnh, mỗi năm tuyển hai khóa ươm tạo.

**Hỗ trợ trong 12 tháng**
- Chỗ ngồi làm việc, phòng họp, xưởng tạo mẫu nhanh (in 3D, khắc laser, hàn mạch)
- 1 cố vấn chuyên môn và 1 cố vấn kinh doanh cho mỗi nhóm
- Kết nối phòng thí nghiệm của viện, trường trong tỉnh với chi phí ưu đãi
- Hỗ trợ đăng ký nhãn hiệu, giải pháp hữu ích, thành lập doanh nghiệp
- Ngày giới thiệu dự án với Quỹ Phát triển KH&CN tỉnh và nhà đầu tư

Ưu tiên các dự án nông nghiệp công nghệ cao, chế biến, môi trường và chuyển đổi số phục vụ địa phương.`,
		fields: ['it-digital', 'agriculture', 'food-processing', 'environment'],
		keywords: ['vườn ươm', 'khởi nghiệp đổi mới sáng tạo', 'ươm tạo', 'cố vấn khởi nghiệp'],
		communeCode: 'NB001',
		services: ['WORKSPACE', 'MENTORING', 'LABS', 'LEGAL_IP_SUPPORT', 'TRAINING', 'NETWORKING'],
		capacity: 20,
		alumniCount: 46,
		alumniStartups:
			'Nấm dược liệu Hoa Lư, Rơm Vàng Biochar, Gạch Tro Xỉ Xanh, Giao vận nông sản Yên Khánh, Cố Đô XR và hơn 40 nhóm khởi nghiệp khác',
		isAccelerator: false,
	},
	{
		organizationKey: 'vuon-uom-thanh-nam',
		title: 'Vườn ươm Khởi nghiệp sáng tạo Thành Nam - khởi nghiệp công nghiệp và thời trang bền vững',
		summary:
			'Vườn ươm do doanh nghiệp dệt may, cơ khí và trường đại học cùng vận hành, giúp khởi nghiệp thử nghiệm sản phẩm ngay trong nhà máy của doanh nghiệp đối tác.',
		description: `Điểm khác biệt của vườn ươm là mạng lưới 25 nhà máy đối tác sẵn sàng làm "khách hàng đầu tiên" và cho thử nghiệm tại hiện trường.

**Chương trình ươm tạo 6 tháng**
- Lớp huấn luyện khởi nghiệp tinh gọn, tài chính, gọi vốn
- Thử nghiệm sản phẩm tại nhà máy dệt, may, cơ khí đối tác
- Không gian làm việc chung và phòng thí nghiệm vật liệu dệt
- Cố vấn từ lãnh đạo doanh nghiệp và giảng viên đại học

Lĩnh vực ưu tiên: tự động hóa, trí tuệ nhân tạo trong sản xuất, thời trang bền vững và tái chế, công nghiệp hỗ trợ.`,
		fields: ['textile-garment', 'automation', 'it-digital', 'mechanical-engineering'],
		keywords: ['vườn ươm', 'thời trang bền vững', 'khởi nghiệp công nghiệp', 'thử nghiệm tại nhà máy'],
		communeCode: 'NB008',
		services: ['WORKSPACE', 'MENTORING', 'TRAINING', 'NETWORKING', 'LABS'],
		capacity: 12,
		alumniCount: 21,
		alumniStartups: 'Vải Việt Vision, Sợi tái chế Vòng Tròn, Tạo mẫu nhanh 3D Nam Định, Hàn Việt Robotics, Lụa Nha Xá Studio',
		isAccelerator: false,
	},
	{
		organizationKey: 'vuon-uom-nong-nghiep',
		title: 'Vườn ươm Doanh nghiệp Nông nghiệp công nghệ cao Phủ Lý - thử nghiệm đồng ruộng và chế biến sâu',
		summary:
			'Vườn ươm chuyên ngành nông nghiệp với nhà màng thực nghiệm 1,2 ha, xưởng sơ chế và phòng phân tích đất - nước cho khởi nghiệp nông nghiệp.',
		description: `Vườn ươm hỗ trợ khởi nghiệp có sản phẩm cần thử nghiệm thực địa: vật tư sinh học, thiết bị nông nghiệp thông minh, chế biến sâu nông sản.

**Hạ tầng dùng chung**
- Nhà màng thực nghiệm 1,2 ha có hệ thống tưới tự động
- Xưởng sơ chế, sấy lạnh, đóng gói đạt điều kiện an toàn thực phẩm
- Phòng phân tích đất, nước, dư lượng cơ bản

**Hỗ trợ**
- Cố vấn kỹ thuật nông học, kết nối hợp tác xã làm điểm trình diễn
- Hỗ trợ xây dựng sản phẩm OCOP, chứng nhận VietGAP, hữu cơ`,
		fields: ['agriculture', 'food-processing', 'biotechnology'],
		keywords: ['nông nghiệp công nghệ cao', 'vườn ươm', 'thử nghiệm đồng ruộng', 'chế biến sâu'],
		communeCode: 'NB013',
		services: ['WORKSPACE', 'LABS', 'MENTORING', 'TRAINING'],
		capacity: 10,
		alumniCount: 17,
		alumniStartups: 'Phân tích đất nhanh Nam Lý, Nông nghiệp số Đồng Xanh, Thiết bị bay nông nghiệp Cánh Đồng',
		isAccelerator: false,
	},
	{
		organizationKey: 'trang-an-hub',
		title: 'Chương trình tăng tốc Tràng An Hub - du lịch thông minh và kinh tế xanh',
		summary:
			'Chương trình tăng tốc 4 tháng cho doanh nghiệp khởi nghiệp đã có doanh thu, kết nối nhà đầu tư, doanh nghiệp lớn và thị trường du lịch của tỉnh.',
		description: `Tràng An Hub tuyển mỗi khóa 8–10 doanh nghiệp đã có sản phẩm trên thị trường và doanh thu ban đầu.

**Nội dung chương trình**
- Chẩn đoán doanh nghiệp, xây dựng kế hoạch tăng trưởng 12 tháng
- Cố vấn chuyên sâu về bán hàng, vận hành, tài chính gọi vốn
- Thí điểm sản phẩm với khu du lịch, khách sạn, doanh nghiệp đối tác
- Ngày gọi vốn (Demo Day) với các quỹ đầu tư trong và ngoài tỉnh
- Khoản hỗ trợ không hoàn lại tối đa 200 triệu đồng cho doanh nghiệp xuất sắc

Lĩnh vực: du lịch thông minh, chuyển đổi số, năng lượng tái tạo, kinh tế tuần hoàn, logistics.`,
		fields: ['it-digital', 'energy', 'logistics', 'environment'],
		keywords: ['chương trình tăng tốc', 'gọi vốn', 'du lịch thông minh', 'kinh tế xanh'],
		communeCode: 'NB002',
		services: ['MENTORING', 'FUNDING', 'NETWORKING', 'TRAINING', 'WORKSPACE'],
		capacity: 10,
		alumniCount: 28,
		alumniStartups: 'Cố Đô XR, Nắng Bắc Solar, Làng nghề số Phát Diệm, An Tâm Care, Thủy Minh Aqua',
		isAccelerator: true,
	},
	{
		organizationKey: 'dh-spkt-nam-dinh',
		title: 'Không gian đổi mới sáng tạo Cơ điện tử SPKT - ươm tạo dự án kỹ thuật của sinh viên và giảng viên',
		summary:
			'Không gian sáng chế trong trường đại học với xưởng CNC, phòng thí nghiệm IoT và robot, hỗ trợ nhóm sinh viên, giảng viên thương mại hóa sản phẩm kỹ thuật.',
		description: `Không gian được trường thành lập năm 2021, mở cửa cho cả nhóm khởi nghiệp ngoài trường có sản phẩm cơ khí, điện tử, tự động hóa.

- Xưởng gia công CNC, in 3D kim loại và nhựa, khắc laser
- Phòng thí nghiệm IoT, PLC, robot công nghiệp
- Giảng viên cố vấn kỹ thuật, hỗ trợ đăng ký giải pháp hữu ích
- Kết nối doanh nghiệp cơ khí, tự động hóa trong vùng làm đối tác sản xuất

Các dự án tiêu biểu: robot hàn cho xưởng đóng tàu, máy cho tôm ăn thông minh, trạm quan trắc không khí giá thấp.`,
		fields: ['automation', 'mechanical-engineering', 'electrical-electronics'],
		keywords: ['không gian sáng chế', 'makerspace', 'khởi nghiệp sinh viên', 'cơ điện tử'],
		communeCode: 'NB009',
		services: ['LABS', 'WORKSPACE', 'MENTORING', 'LEGAL_IP_SUPPORT'],
		capacity: 15,
		alumniCount: 19,
		alumniStartups: 'Hàn Việt Robotics, Tạo mẫu nhanh 3D Nam Định, Thiết bị bay nông nghiệp Cánh Đồng',
		isAccelerator: false,
	},
	{
		organizationKey: 'dh-hoa-lu',
		title: 'Trung tâm Hỗ trợ khởi nghiệp Đại học Hoa Lư - khởi nghiệp du lịch, văn hóa và nông nghiệp số',
		summary:
			'Trung tâm hỗ trợ sinh viên và cựu sinh viên khởi nghiệp trong lĩnh vực du lịch, công nghiệp văn hóa, nông nghiệp số và công nghệ thông tin.',
		description: `Trung tâm tổ chức cuộc thi ý tưởng khởi nghiệp hằng năm và chương trình tiền ươm tạo 4 tháng cho các đội đạt giải.

- Lớp kỹ năng khởi nghiệp, thiết kế mô hình kinh doanh
- Cố vấn từ giảng viên du lịch, công nghệ thông tin, công nghệ sinh học
- Không gian làm việc chung trong thư viện trường
- Giới thiệu vào vườn ươm và chương trình tăng tốc của tỉnh

Nhiều dự án gắn với di sản Tràng An, làng nghề và sản phẩm OCOP của địa phương.`,
		fields: ['it-digital', 'agriculture', 'biotechnology'],
		keywords: ['khởi nghiệp sinh viên', 'tiền ươm tạo', 'du lịch', 'cuộc thi khởi nghiệp'],
		communeCode: 'NB001',
		services: ['MENTORING', 'TRAINING', 'WORKSPACE', 'NETWORKING'],
		capacity: 25,
		alumniCount: 34,
		alumniStartups: 'Cố Đô XR, Nấm dược liệu Hoa Lư, Làng nghề số Phát Diệm',
		isAccelerator: false,
	},
]
