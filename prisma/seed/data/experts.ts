// Expert profiles (fictional people) affiliated with organisations of the demo market.
import type { SeedExpert } from '../types.ts'

export const experts: SeedExpert[] = [
	{
		organizationKey: 'vien-det-may',
		fullName: 'Nguyễn Văn Thắng',
		title: 'PGS.TS. Nguyễn Văn Thắng - Chuyên gia công nghệ nhuộm và hoàn tất vải',
		summary:
			'Hơn 25 năm nghiên cứu công nghệ tiền xử lý, nhuộm và hoàn tất vật liệu dệt; tư vấn giảm nước, hóa chất và năng lượng cho nhà máy nhuộm.',
		description: `Phó Viện trưởng phụ trách nghiên cứu của Viện Nghiên cứu Công nghệ Dệt may Thành Nam. Tốt nghiệp kỹ sư công nghệ dệt, bảo vệ luận án tiến sĩ về hóa học thuốc nhuộm và công nghệ nhuộm tại châu Âu.

Hướng nghiên cứu chính:
- Nhuộm không nước bằng CO2 siêu tới hạn, nhuộm ở tỷ lệ dung dịch thấp
- Tiền xử lý bằng enzyme, hoàn tất chức năng
- Sản xuất sạch hơn và đánh giá dấu vết nước trong ngành dệt nhuộm

Đã tư vấn cải tiến công nghệ cho hơn 30 doanh nghiệp dệt nhuộm ở đồng bằng sông Hồng, giúp giảm trung bình 20–35 % nước và hơi tiêu thụ.`,
		fields: ['textile-garment', 'environment'],
		keywords: ['công nghệ nhuộm', 'hoàn tất vải', 'sản xuất sạch hơn', 'dệt nhuộm xanh'],
		communeCode: 'NB010',
		academicTitle: 'ASSOCIATE_PROFESSOR',
		degree: 'DOCTORATE',
		position: 'Phó Viện trưởng',
		affiliation: 'Viện Nghiên cứu Công nghệ Dệt may Thành Nam',
		specialities: ['Nhuộm CO2 siêu tới hạn', 'Tiền xử lý enzyme', 'Hoàn tất chức năng', 'Sản xuất sạch hơn ngành dệt'],
		projects: `- Chủ nhiệm đề tài cấp tỉnh "Nghiên cứu công nghệ nhuộm vải polyester trong CO2 siêu tới hạn" (2023–2025)
- Chủ nhiệm dự án sản xuất thử nghiệm "Tiền xử lý vải bông bằng enzyme ở nhiệt độ thấp" (2020–2022)
- Chuyên gia tư vấn chương trình sản xuất sạch hơn ngành dệt nhuộm (2018–2021)`,
		publications: `- 42 bài báo khoa học trong và ngoài nước về hóa học thuốc nhuộm và công nghệ nhuộm
- Giáo trình "Công nghệ nhuộm và hoàn tất vật liệu dệt" (2019)
- Đồng tác giả 1 bằng độc quyền sáng chế và 1 đơn sáng chế đang thẩm định`,
		languages: ['Tiếng Việt', 'Tiếng Anh', 'Tiếng Đức'],
		availableForConsulting: true,
	},
	{
		organizationKey: 'vien-det-may',
		fullName: 'Trần Thị Minh Huệ',
		title: 'TS. Trần Thị Minh Huệ - Chuyên gia vật liệu dệt chức năng và kháng khuẩn',
		summary: 'Chuyên gia về vật liệu dệt chức năng, nano bạc và chitosan trên vải; thử nghiệm và chứng nhận tính năng sản phẩm dệt.',
		description: `Trưởng phòng Vật liệu dệt của Viện, phụ trách phòng thử nghiệm vật liệu dệt được công nhận.

Lĩnh vực chuyên sâu:
- Hoàn tất kháng khuẩn, chống tia UV, chống thấm không chứa PFAS
- Vật liệu dệt y tế, đồng phục bảo hộ
- Phương pháp thử nghiệm theo AATCC, ISO cho sản phẩm dệt chức năng

Là đồng tác giả sáng chế hoàn tất kháng khuẩn bằng phức nano bạc - chitosan đã được li-xăng cho doanh nghiệp.`,
		fields: ['textile-garment', 'materials', 'health-pharma'],
		keywords: ['vật liệu dệt chức năng', 'kháng khuẩn', 'nano bạc', 'thử nghiệm vật liệu'],
		communeCode: 'NB010',
		academicTitle: null,
		degree: 'DOCTORATE',
		position: 'Trưởng phòng Vật liệu dệt',
		affiliation: 'Viện Nghiên cứu Công nghệ Dệt may Thành Nam',
		specialities: ['Hoàn tất kháng khuẩn', 'Vật liệu dệt y tế', 'Thử nghiệm vật liệu dệt', 'Chitosan'],
		projects: `- Đề tài "Vải kháng khuẩn bền giặt cho đồng phục y tế" (2018–2020)
- Xây dựng phòng thử nghiệm vật liệu dệt đạt ISO/IEC 17025 (2021)`,
		publications: `- 18 bài báo về vật liệu dệt chức năng
- Bằng độc quyền sáng chế số 1-0031542`,
		languages: ['Tiếng Việt', 'Tiếng Anh'],
		availableForConsulting: true,
	},
	{
		organizationKey: 'vien-thuy-san',
		fullName: 'Đỗ Văn Khương',
		title: 'PGS.TS. Đỗ Văn Khương - Chuyên gia công nghệ nuôi tôm thâm canh',
		summary:
			'Chuyên gia nuôi trồng thủy sản với 22 năm kinh nghiệm, tác giả quy trình nuôi tôm thẻ chân trắng siêu thâm canh hai giai đoạn.',
		description: `Viện trưởng Viện Nghiên cứu Nuôi trồng thủy sản ven biển Bắc Bộ. Nghiên cứu và chuyển giao công nghệ nuôi tôm, quản lý môi trường ao nuôi và an toàn sinh học cho vùng ven biển Bắc Bộ.

- Thiết kế trang trại nuôi tôm công nghệ cao, nhà màng, ao nổi
- Quản lý vi sinh, xử lý đáy ao bằng chế phẩm sinh học
- Chứng nhận nuôi có trách nhiệm (VietGAP, ASC)

Đã hướng dẫn xây dựng hơn 200 ha mô hình nuôi tôm thâm canh tại Giao Thủy, Hải Hậu, Nghĩa Hưng và Kim Sơn.`,
		fields: ['aquaculture', 'biotechnology', 'environment'],
		keywords: ['nuôi tôm thâm canh', 'nuôi trồng thủy sản', 'an toàn sinh học', 'chế phẩm vi sinh'],
		communeCode: 'NB025',
		academicTitle: 'ASSOCIATE_PROFESSOR',
		degree: 'DOCTORATE',
		position: 'Viện trưởng',
		affiliation: 'Viện Nghiên cứu Nuôi trồng thủy sản ven biển Bắc Bộ',
		specialities: ['Nuôi tôm siêu thâm canh', 'Quản lý môi trường ao nuôi', 'Chế phẩm vi sinh thủy sản', 'Thiết kế trang trại'],
		projects: `- Chủ nhiệm dự án "Hoàn thiện quy trình nuôi tôm thẻ chân trắng hai giai đoạn trong nhà màng" (2021–2024)
- Chủ nhiệm đề tài "Chế phẩm Bacillus bản địa xử lý đáy ao nuôi tôm" (2016–2018)
- Tư vấn quy hoạch vùng nuôi tôm công nghệ cao ven biển (2022)`,
		publications: `- 56 bài báo khoa học, 2 sách chuyên khảo về nuôi tôm
- Tác giả 2 văn bằng bảo hộ sáng chế và giải pháp hữu ích`,
		languages: ['Tiếng Việt', 'Tiếng Anh'],
		availableForConsulting: true,
	},
	{
		organizationKey: 'vien-thuy-san',
		fullName: 'Nguyễn Thị Thu Hằng',
		title: 'TS. Nguyễn Thị Thu Hằng - Chuyên gia sản xuất giống nhuyễn thể và vi tảo',
		summary: 'Chuyên gia sản xuất giống ngao, hàu và nuôi sinh khối vi tảo làm thức ăn cho ấu trùng thủy sản.',
		description: `Trưởng bộ môn Giống thủy sản của Viện, phụ trách trại thực nghiệm giống nhuyễn thể tại Giao Thủy.

- Kích thích sinh sản, ương ấu trùng ngao, hàu, tu hài
- Nuôi sinh khối vi tảo Chaetoceros, Isochrysis, Nannochloropsis
- Đánh giá nguyên nhân ngao chết hàng loạt trên bãi triều

Đã chuyển giao quy trình sản xuất giống ngao cho 4 trại giống ven biển.`,
		fields: ['aquaculture', 'biotechnology'],
		keywords: ['giống nhuyễn thể', 'ngao', 'vi tảo', 'trại giống'],
		communeCode: 'NB025',
		academicTitle: null,
		degree: 'DOCTORATE',
		position: 'Trưởng bộ môn Giống thủy sản',
		affiliation: 'Viện Nghiên cứu Nuôi trồng thủy sản ven biển Bắc Bộ',
		specialities: ['Sản xuất giống ngao', 'Nuôi vi tảo', 'Ương ấu trùng nhuyễn thể', 'Quản lý bãi nuôi'],
		projects: `- Đề tài "Sản xuất giống ngao Bến Tre nhân tạo quy mô hàng hóa" (2017–2020)
- Nhiệm vụ "Điều tra nguyên nhân ngao chết hàng loạt vùng ven biển" (2024–2025)`,
		publications: `- 24 bài báo về sinh sản nhân tạo và dinh dưỡng ấu trùng nhuyễn thể
- Tác giả giải pháp hữu ích về ương ấu trùng ngao`,
		languages: ['Tiếng Việt', 'Tiếng Anh'],
		availableForConsulting: true,
	},
	{
		organizationKey: 'vien-cay-trong',
		fullName: 'Lê Hữu Lịch',
		title: 'GS.TS. Lê Hữu Lịch - Chuyên gia chọn tạo giống lúa chất lượng cao, chịu mặn',
		summary: 'Chuyên gia đầu ngành về di truyền và chọn tạo giống lúa, tác giả nhiều giống lúa thơm và lúa chịu mặn cho vùng ven biển.',
		description: `Chủ tịch Hội đồng khoa học của Viện Nghiên cứu Cây trồng và Nông nghiệp công nghệ cao Đồng bằng sông Hồng, 35 năm làm công tác chọn giống.

- Chọn giống bằng chỉ thị phân tử, đột biến phóng xạ
- Khai thác nguồn gen lúa đặc sản địa phương
- Tư vấn xây dựng vùng nguyên liệu lúa chất lượng cao, chỉ dẫn địa lý

Tác giả và đồng tác giả 9 giống lúa được công nhận, trong đó có giống lúa tám thơm cải tiến thấp cây, chịu mặn.`,
		fields: ['agriculture', 'biotechnology'],
		keywords: ['chọn tạo giống lúa', 'chỉ thị phân tử', 'lúa chịu mặn', 'gạo đặc sản'],
		communeCode: 'NB023',
		academicTitle: 'PROFESSOR',
		degree: 'DOCTORATE',
		position: 'Chủ tịch Hội đồng khoa học',
		affiliation: 'Viện Nghiên cứu Cây trồng và Nông nghiệp công nghệ cao Đồng bằng sông Hồng',
		specialities: ['Di truyền chọn giống lúa', 'Chỉ thị phân tử', 'Nguồn gen lúa đặc sản', 'Lúa chịu mặn'],
		projects: `- Chủ nhiệm đề tài cấp quốc gia về chọn tạo giống lúa chịu mặn cho đồng bằng sông Hồng (2015–2019)
- Chủ nhiệm dự án phục tráng và cải tiến giống lúa tám thơm (2019–2024)`,
		publications: `- Hơn 90 bài báo, 4 sách chuyên khảo về chọn giống lúa
- Tác giả bằng độc quyền sáng chế về cặp mồi xác định locus Saltol`,
		languages: ['Tiếng Việt', 'Tiếng Anh', 'Tiếng Nhật'],
		availableForConsulting: false,
	},
	{
		organizationKey: 'vien-cay-trong',
		fullName: 'Vũ Thị Thu Hiền',
		title: 'TS. Vũ Thị Thu Hiền - Chuyên gia canh tác lúa giảm phát thải và tín chỉ các-bon',
		summary: 'Chuyên gia về canh tác lúa thông minh với khí hậu, đo đạc phát thải khí nhà kính và xây dựng dự án tín chỉ các-bon nông nghiệp.',
		description: `Trưởng phòng Nông nghiệp bền vững của Viện. Nghiên cứu các biện pháp giảm phát thải mê-tan trên ruộng lúa và hệ thống đo đạc - báo cáo - thẩm định (MRV).

- Tưới ướt khô xen kẽ, quản lý rơm rạ, bón phân cân đối
- Đo phát thải bằng buồng khí tĩnh, mô hình hóa phát thải
- Tư vấn hợp tác xã tham gia thị trường tín chỉ các-bon

Đã hướng dẫn áp dụng quy trình giảm phát thải trên hơn 500 ha lúa trong tỉnh.`,
		fields: ['agriculture', 'environment'],
		keywords: ['giảm phát thải', 'tín chỉ carbon', 'tưới ướt khô xen kẽ', 'nông nghiệp bền vững'],
		communeCode: 'NB023',
		academicTitle: null,
		degree: 'DOCTORATE',
		position: 'Trưởng phòng Nông nghiệp bền vững',
		affiliation: 'Viện Nghiên cứu Cây trồng và Nông nghiệp công nghệ cao Đồng bằng sông Hồng',
		specialities: ['Canh tác lúa giảm phát thải', 'MRV khí nhà kính', 'Tín chỉ các-bon', 'Quản lý nước ruộng lúa'],
		projects: `- Dự án hợp tác quốc tế về canh tác lúa phát thải thấp vùng đồng bằng sông Hồng (2022–2025)
- Đề tài "Ống quan trắc mực nước ruộng lúa giá rẻ" (2020–2022)`,
		publications: `- 21 bài báo về phát thải khí nhà kính trong nông nghiệp
- Sổ tay hướng dẫn tưới ướt khô xen kẽ cho cán bộ khuyến nông (2023)`,
		languages: ['Tiếng Việt', 'Tiếng Anh'],
		availableForConsulting: true,
	},
	{
		organizationKey: 'vien-moi-truong',
		fullName: 'Hoàng Văn Tuấn',
		title: 'PGS.TS. Hoàng Văn Tuấn - Chuyên gia xử lý nước thải công nghiệp và làng nghề',
		summary:
			'Chuyên gia thiết kế và thẩm định công nghệ xử lý nước thải dệt nhuộm, thực phẩm, làng nghề; hơn 60 công trình đã vận hành.',
		description: `Viện trưởng Viện Công nghệ Môi trường và Năng lượng tái tạo Hoa Lư, nguyên giảng viên ngành kỹ thuật môi trường.

- Xử lý nước thải bằng keo tụ điện hóa, oxy hóa nâng cao, lọc màng
- Công nghệ sinh học hiếu khí - thiếu khí, bãi lọc trồng cây
- Đánh giá tác động môi trường, kiểm toán chất thải

Thành viên hội đồng thẩm định báo cáo đánh giá tác động môi trường của nhiều dự án công nghiệp trong vùng.`,
		fields: ['environment', 'textile-garment', 'food-processing'],
		keywords: ['xử lý nước thải', 'làng nghề', 'keo tụ điện hóa', 'thẩm định công nghệ môi trường'],
		communeCode: 'NB003',
		academicTitle: 'ASSOCIATE_PROFESSOR',
		degree: 'DOCTORATE',
		position: 'Viện trưởng',
		affiliation: 'Viện Công nghệ Môi trường và Năng lượng tái tạo Hoa Lư',
		specialities: ['Xử lý nước thải dệt nhuộm', 'Oxy hóa nâng cao', 'Xử lý nước thải làng nghề', 'Đánh giá tác động môi trường'],
		projects: `- Chủ nhiệm đề tài "Xử lý nước thải dệt nhuộm bằng keo tụ điện hóa kết hợp ozone xúc tác" (2019–2022)
- Thiết kế hệ thống xử lý nước thải cho 3 làng nghề chế biến nông sản (2021–2023)`,
		publications: `- 48 bài báo khoa học về công nghệ môi trường
- Chủ biên sách "Công nghệ xử lý nước thải công nghiệp quy mô vừa và nhỏ" (2020)`,
		languages: ['Tiếng Việt', 'Tiếng Anh', 'Tiếng Pháp'],
		availableForConsulting: true,
	},
	{
		organizationKey: 'vien-moi-truong',
		fullName: 'Đinh Thị Lan',
		title: 'TS. Đinh Thị Lan - Chuyên gia quản lý và xử lý chất thải rắn hữu cơ',
		summary: 'Chuyên gia về phân loại tại nguồn, ủ compost, xử lý chất thải rắn sinh hoạt cấp xã và kinh tế tuần hoàn nông thôn.',
		description: `Trưởng phòng Chất thải rắn của Viện. Nghiên cứu chế phẩm vi sinh ưa nhiệt cho ủ compost và mô hình quản lý chất thải rắn dựa vào cộng đồng.

- Thiết kế khu xử lý chất thải cấp xã, liên xã
- Chế phẩm vi sinh xử lý rác hữu cơ, phụ phẩm nông nghiệp
- Xây dựng đề án phân loại rác tại nguồn cho địa phương

Đồng tác giả sáng chế chế phẩm vi sinh chịu nhiệt đã li-xăng cho hai khu xử lý.`,
		fields: ['environment', 'biotechnology'],
		keywords: ['chất thải rắn', 'compost', 'phân loại rác tại nguồn', 'kinh tế tuần hoàn'],
		communeCode: 'NB003',
		academicTitle: null,
		degree: 'DOCTORATE',
		position: 'Trưởng phòng Chất thải rắn',
		affiliation: 'Viện Công nghệ Môi trường và Năng lượng tái tạo Hoa Lư',
		specialities: ['Ủ compost', 'Chế phẩm vi sinh ưa nhiệt', 'Quản lý chất thải rắn sinh hoạt', 'Phân loại rác tại nguồn'],
		projects: `- Mô hình xử lý rác hữu cơ 5 tấn/ngày cấp xã (2022–2024)
- Tư vấn đề án phân loại chất thải rắn sinh hoạt tại nguồn (2024)`,
		publications: `- 17 bài báo về xử lý chất thải rắn hữu cơ
- Đồng tác giả bằng độc quyền sáng chế số 1-0022347`,
		languages: ['Tiếng Việt', 'Tiếng Anh'],
		availableForConsulting: true,
	},
	{
		organizationKey: 'vien-moi-truong',
		fullName: 'Phạm Đức Mạnh',
		title: 'ThS. Phạm Đức Mạnh - Chuyên gia năng lượng mặt trời và sấy nông sản tiết kiệm năng lượng',
		summary: 'Kỹ sư nhiệt chuyên thiết kế hệ thống sấy năng lượng mặt trời, bơm nhiệt và kiểm toán năng lượng cho cơ sở chế biến.',
		description: `Phụ trách nhóm Năng lượng tái tạo của Viện, 15 năm kinh nghiệm thiết kế thiết bị nhiệt.

- Nhà sấy năng lượng mặt trời kết hợp bơm nhiệt cho thủy sản, dược liệu
- Kiểm toán năng lượng, tư vấn tiết kiệm năng lượng cho doanh nghiệp nhỏ
- Tính toán hiệu quả đầu tư điện mặt trời áp mái

Là kiểm toán viên năng lượng được cấp chứng chỉ.`,
		fields: ['energy', 'food-processing'],
		keywords: ['năng lượng mặt trời', 'sấy bơm nhiệt', 'kiểm toán năng lượng', 'tiết kiệm năng lượng'],
		communeCode: 'NB003',
		academicTitle: null,
		degree: 'MASTER',
		position: 'Trưởng nhóm Năng lượng tái tạo',
		affiliation: 'Viện Công nghệ Môi trường và Năng lượng tái tạo Hoa Lư',
		specialities: ['Sấy năng lượng mặt trời', 'Bơm nhiệt', 'Kiểm toán năng lượng', 'Điện mặt trời áp mái'],
		projects: `- Mô hình nhà sấy thủy sản năng lượng mặt trời - bơm nhiệt (2023–2024)
- Kiểm toán năng lượng cho 25 cơ sở chế biến nông sản (2019–2025)`,
		publications: `- 9 bài báo về sấy và năng lượng tái tạo
- Tài liệu hướng dẫn thiết kế nhà sấy năng lượng mặt trời quy mô hộ (2022)`,
		languages: ['Tiếng Việt', 'Tiếng Anh'],
		availableForConsulting: true,
	},
	{
		organizationKey: 'dh-dieu-duong',
		fullName: 'Trần Thị Thanh Mai',
		title: 'PGS.TS. Trần Thị Thanh Mai - Chuyên gia điều dưỡng cộng đồng và chăm sóc bệnh mạn tính',
		summary: 'Chuyên gia về mô hình chăm sóc người bệnh mạn tính tại nhà, điều dưỡng người cao tuổi và ứng dụng công nghệ số trong điều dưỡng.',
		description: `Trưởng khoa Điều dưỡng cộng đồng, Trường Đại học Điều dưỡng Nam Định.

- Mô hình quản lý tăng huyết áp, đái tháo đường tại trạm y tế xã
- Chăm sóc dài hạn cho người cao tuổi
- Thiết kế và đánh giá ứng dụng y tế số cho điều dưỡng

Chủ trì nhóm phát triển phần mềm theo dõi chăm sóc người bệnh tại nhà đã thử nghiệm tại 4 trạm y tế.`,
		fields: ['health-pharma', 'it-digital'],
		keywords: ['điều dưỡng cộng đồng', 'bệnh mạn tính', 'chăm sóc người cao tuổi', 'y tế số'],
		communeCode: 'NB008',
		academicTitle: 'ASSOCIATE_PROFESSOR',
		degree: 'DOCTORATE',
		position: 'Trưởng khoa Điều dưỡng cộng đồng',
		affiliation: 'Trường Đại học Điều dưỡng Nam Định',
		specialities: ['Điều dưỡng cộng đồng', 'Quản lý bệnh mạn tính', 'Chăm sóc người cao tuổi', 'Y tế số'],
		projects: `- Đề tài cấp tỉnh "Ứng dụng phần mềm theo dõi người bệnh tăng huyết áp tại nhà" (2023–2025)
- Dự án hợp tác quốc tế về chăm sóc dài hạn người cao tuổi (2019–2022)`,
		publications: `- 37 bài báo trong nước và quốc tế về điều dưỡng cộng đồng
- Giáo trình "Điều dưỡng cộng đồng" (2021)`,
		languages: ['Tiếng Việt', 'Tiếng Anh', 'Tiếng Nhật'],
		availableForConsulting: true,
	},
	{
		organizationKey: 'dh-dieu-duong',
		fullName: 'Đỗ Văn Quý',
		title: 'TS. Đỗ Văn Quý - Chuyên gia mô phỏng lâm sàng trong đào tạo điều dưỡng',
		summary: 'Chuyên gia thiết kế chương trình và thiết bị đào tạo mô phỏng, đánh giá năng lực thực hành của sinh viên điều dưỡng.',
		description: `Giám đốc Trung tâm Thực hành mô phỏng của Trường.

- Thiết kế kịch bản mô phỏng lâm sàng từ cơ bản đến nâng cao
- Phát triển mô hình đào tạo có cảm biến phản hồi giá thấp
- Đánh giá năng lực thực hành theo chuẩn năng lực điều dưỡng

Chủ trì phát triển mô hình cánh tay mô phỏng tiêm truyền có cảm biến nhận biết vị trí kim.`,
		fields: ['health-pharma', 'electrical-electronics'],
		keywords: ['mô phỏng lâm sàng', 'đào tạo điều dưỡng', 'thiết bị đào tạo', 'đánh giá năng lực'],
		communeCode: 'NB008',
		academicTitle: null,
		degree: 'DOCTORATE',
		position: 'Giám đốc Trung tâm Thực hành mô phỏng',
		affiliation: 'Trường Đại học Điều dưỡng Nam Định',
		specialities: ['Đào tạo mô phỏng', 'Thiết bị đào tạo y khoa', 'Đánh giá năng lực lâm sàng'],
		projects: `- Đề tài cấp trường "Mô hình mô phỏng có cảm biến cho kỹ năng tiêm truyền" (2023–2024)
- Xây dựng trung tâm thực hành mô phỏng chuẩn khu vực (2020–2022)`,
		publications: `- 14 bài báo về giáo dục điều dưỡng và mô phỏng
- Đơn đăng ký giải pháp hữu ích số 2-2024-00427`,
		languages: ['Tiếng Việt', 'Tiếng Anh'],
		availableForConsulting: true,
	},
	{
		organizationKey: 'ttud',
		fullName: 'Phạm Thị Hồng Nhung',
		title: 'TS. Phạm Thị Hồng Nhung - Chuyên gia nấm dược liệu và nuôi cấy mô thực vật',
		summary: 'Chuyên gia về nuôi trồng nấm ăn, nấm dược liệu và nhân giống cây trồng bằng nuôi cấy mô, chuyển giao cho hợp tác xã.',
		description: `Phó Giám đốc Trung tâm Ứng dụng tiến bộ khoa học và công nghệ, phụ trách phòng công nghệ sinh học.

- Nuôi trồng đông trùng hạ thảo, linh chi, nấm sò, nấm mộc nhĩ
- Nuôi cấy mô chuối, hoa lan, cây dược liệu
- Xây dựng sản phẩm OCOP từ nấm và dược liệu

Đã chuyển giao quy trình nuôi trồng đông trùng hạ thảo cho 7 cơ sở và nhân giống chuối tiêu hồng cho vùng trồng 250 ha.`,
		fields: ['biotechnology', 'agriculture', 'health-pharma'],
		keywords: ['nấm dược liệu', 'đông trùng hạ thảo', 'nuôi cấy mô', 'ocop'],
		communeCode: 'NB008',
		academicTitle: null,
		degree: 'DOCTORATE',
		position: 'Phó Giám đốc Trung tâm',
		affiliation: 'Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh Ninh Bình',
		specialities: ['Nấm dược liệu', 'Nuôi cấy mô thực vật', 'Chuyển giao tiến bộ kỹ thuật', 'Sản phẩm OCOP'],
		projects: `- Đề tài "Nuôi trồng Cordyceps militaris trên giá thể bổ sung nhộng tằm" (2016–2018)
- Dự án nhân giống chuối tiêu hồng nuôi cấy mô (2020–2023)`,
		publications: `- 15 bài báo về công nghệ nấm và nuôi cấy mô
- Tác giả bằng độc quyền sáng chế số 1-0026095`,
		languages: ['Tiếng Việt', 'Tiếng Anh'],
		availableForConsulting: true,
	},
	{
		organizationKey: 'dh-hoa-lu',
		fullName: 'Nguyễn Mạnh Cường',
		title: 'TS. Nguyễn Mạnh Cường - Chuyên gia trí tuệ nhân tạo và xử lý ngôn ngữ tiếng Việt',
		summary: 'Chuyên gia AI về xử lý ngôn ngữ tự nhiên tiếng Việt, chatbot và trợ lý ảo cho dịch vụ công, doanh nghiệp.',
		description: `Trưởng bộ môn Công nghệ thông tin, Trường Đại học Hoa Lư; tiến sĩ khoa học máy tính.

- Mô hình ngôn ngữ, truy xuất tài liệu (RAG) cho tiếng Việt
- Chatbot, trợ lý ảo trí tuệ nhân tạo cho dịch vụ công trực tuyến
- Xử lý văn bản không dấu, chính tả và phương ngữ

Chủ trì phát triển trợ lý ảo hỗ trợ thủ tục hành chính đang thử nghiệm tại bộ phận một cửa.`,
		fields: ['it-digital'],
		keywords: ['trí tuệ nhân tạo', 'xử lý ngôn ngữ tự nhiên', 'chatbot', 'ai', 'chuyển đổi số'],
		communeCode: 'NB001',
		academicTitle: null,
		degree: 'DOCTORATE',
		position: 'Trưởng bộ môn Công nghệ thông tin',
		affiliation: 'Trường Đại học Hoa Lư',
		specialities: ['Xử lý ngôn ngữ tự nhiên', 'Mô hình ngôn ngữ lớn', 'Chatbot', 'Tìm kiếm ngữ nghĩa'],
		projects: `- Đề tài "Trợ lý ảo tiếng Việt hỗ trợ dịch vụ công trực tuyến" (2024–2026)
- Hợp tác xây dựng bộ dữ liệu câu hỏi thủ tục hành chính (2024)`,
		publications: `- 20 bài báo hội nghị và tạp chí về xử lý ngôn ngữ tiếng Việt
- Bộ dữ liệu mở 5.000 câu hỏi - đáp về thủ tục hành chính tiếng Việt (2025)`,
		languages: ['Tiếng Việt', 'Tiếng Anh'],
		availableForConsulting: true,
	},
	{
		organizationKey: 'dh-kinh-te-ky-thuat',
		fullName: 'Trịnh Thị Thu Hiền',
		title: 'PGS.TS. Trịnh Thị Thu Hiền - Chuyên gia công nghệ may và chuyển đổi số ngành may',
		summary: 'Chuyên gia tổ chức sản xuất may, thiết kế chuyền, CAD may và ứng dụng thị giác máy trong kiểm tra chất lượng dệt may.',
		description: `Trưởng khoa Công nghệ dệt may và thời trang, cơ sở Nam Định.

- Thiết kế và cân bằng chuyền may, định mức thời gian thao tác
- CAD/CAM ngành may, giác sơ đồ tối ưu
- Ứng dụng trí tuệ nhân tạo kiểm tra lỗi vải và lỗi đường may

Đã tư vấn tái cấu trúc sản xuất cho 15 nhà máy may, tăng năng suất trung bình 10–15 %.`,
		fields: ['textile-garment', 'it-digital'],
		keywords: ['công nghệ may', 'cân bằng chuyền', 'chuyển đổi số ngành may', 'kiểm tra lỗi vải'],
		communeCode: 'NB008',
		academicTitle: 'ASSOCIATE_PROFESSOR',
		degree: 'DOCTORATE',
		position: 'Trưởng khoa Công nghệ dệt may và thời trang',
		affiliation: 'Trường Đại học Kinh tế - Kỹ thuật Công nghiệp (cơ sở Nam Định)',
		specialities: ['Tổ chức sản xuất may', 'CAD may', 'Kiểm tra chất lượng bằng thị giác máy', 'Lean trong ngành may'],
		projects: `- Đề tài "Hệ thống phát hiện lỗi vải bằng camera quét dòng và học sâu" (2022–2024)
- Phần mềm giác sơ đồ tự động bằng thuật toán di truyền (2020–2022)`,
		publications: `- 33 bài báo về công nghệ may và quản lý sản xuất
- Giáo trình "Thiết kế dây chuyền may công nghiệp" (2018)`,
		languages: ['Tiếng Việt', 'Tiếng Anh'],
		availableForConsulting: true,
	},
	{
		organizationKey: 'dh-kinh-te-ky-thuat',
		fullName: 'Lê Thị Hồng Vân',
		title: 'TS. Lê Thị Hồng Vân - Chuyên gia công nghệ lên men và chế biến thủy sản',
		summary: 'Chuyên gia công nghệ thực phẩm về lên men truyền thống, nước mắm, thực phẩm chức năng từ lúa gạo.',
		description: `Phó trưởng khoa Công nghệ thực phẩm. Nghiên cứu cải tiến các sản phẩm lên men truyền thống của vùng ven biển và sản phẩm giá trị gia tăng từ lúa gạo.

- Lên men nước mắm, mắm tôm bằng enzyme và vi sinh vật chọn lọc
- Gạo lứt nảy mầm, bột dinh dưỡng giàu GABA
- Xây dựng hồ sơ công bố, tiêu chuẩn cơ sở cho sản phẩm OCOP`,
		fields: ['food-processing', 'biotechnology'],
		keywords: ['công nghệ lên men', 'nước mắm', 'gạo lứt nảy mầm', 'chế biến thực phẩm'],
		communeCode: 'NB008',
		academicTitle: null,
		degree: 'DOCTORATE',
		position: 'Phó trưởng khoa Công nghệ thực phẩm',
		affiliation: 'Trường Đại học Kinh tế - Kỹ thuật Công nghiệp (cơ sở Nam Định)',
		specialities: ['Lên men thực phẩm', 'Chế biến thủy sản', 'Thực phẩm chức năng', 'Tiêu chuẩn sản phẩm OCOP'],
		projects: `- Đề tài "Lên men nhanh nước mắm cá cơm bằng enzyme protease" (2022–2024)
- Hỗ trợ 12 chủ thể OCOP hoàn thiện quy trình sản xuất (2021–2025)`,
		publications: `- 19 bài báo về công nghệ thực phẩm
- Đơn đăng ký giải pháp hữu ích số 2-2024-00311`,
		languages: ['Tiếng Việt', 'Tiếng Anh'],
		availableForConsulting: true,
	},
	{
		organizationKey: 'dh-kinh-te-ky-thuat',
		fullName: 'Mai Văn Sơn',
		title: 'TS. Mai Văn Sơn - Chuyên gia IoT công nghiệp và bảo trì dự đoán',
		summary: 'Chuyên gia điện tử - viễn thông về internet vạn vật công nghiệp, giám sát tình trạng thiết bị và bảo trì dự đoán bằng AI.',
		description: `Giảng viên chính khoa Điện - điện tử, trưởng nhóm nghiên cứu IoT công nghiệp.

- Thiết kế cảm biến không dây, gateway công nghiệp
- Phân tích rung động, dự báo hỏng hóc động cơ, bơm, quạt
- Tích hợp dữ liệu máy với MES, phần mềm bảo trì

Nhóm đã triển khai thử nghiệm giám sát 40 động cơ tại nhà máy sợi trong tỉnh.`,
		fields: ['electrical-electronics', 'it-digital', 'mechanical-engineering'],
		keywords: ['iot công nghiệp', 'internet vạn vật', 'bảo trì dự đoán', 'giám sát rung động'],
		communeCode: 'NB008',
		academicTitle: null,
		degree: 'DOCTORATE',
		position: 'Giảng viên chính, Trưởng nhóm nghiên cứu IoT công nghiệp',
		affiliation: 'Trường Đại học Kinh tế - Kỹ thuật Công nghiệp (cơ sở Nam Định)',
		specialities: ['IoT công nghiệp', 'Giám sát tình trạng máy', 'Học máy cho dữ liệu cảm biến', 'Mạng cảm biến không dây'],
		projects: `- Đề tài "Giám sát rung động và dự báo hỏng hóc máy quay bằng AI" (2023–2025)
- Phòng thí nghiệm IoT công nghiệp dùng chung với doanh nghiệp (2022)`,
		publications: `- 16 bài báo về IoT và xử lý tín hiệu
- Đồng tác giả đơn đăng ký sáng chế về phát hiện lỗi vải`,
		languages: ['Tiếng Việt', 'Tiếng Anh', 'Tiếng Hàn'],
		availableForConsulting: true,
	},
	{
		organizationKey: 'dh-spkt-nam-dinh',
		fullName: 'Vũ Văn Thắng',
		title: 'PGS.TS. Vũ Văn Thắng - Chuyên gia thiết kế máy nông nghiệp và cơ khí chế tạo',
		summary: 'Chuyên gia thiết kế, chế tạo máy nông nghiệp cho vùng đồng bằng; tư vấn cơ giới hóa sản xuất lúa và chế biến sau thu hoạch.',
		description: `Trưởng khoa Cơ khí, Trường Đại học Sư phạm Kỹ thuật Nam Định.

- Máy thu hoạch lúa cỡ nhỏ, máy gieo sạ, máy sấy lúa
- Tính toán động lực học, độ bền kết cấu máy
- Chuyển giao thiết kế cho xưởng cơ khí địa phương

Tác giả giải pháp hữu ích máy gặt đập liên hợp cho ruộng trũng và máy sạ lúa theo hàng đã được nhiều xưởng cơ khí chế tạo.`,
		fields: ['mechanical-engineering', 'agriculture'],
		keywords: ['máy nông nghiệp', 'cơ giới hóa', 'thiết kế máy', 'cơ khí chế tạo'],
		communeCode: 'NB009',
		academicTitle: 'ASSOCIATE_PROFESSOR',
		degree: 'DOCTORATE',
		position: 'Trưởng khoa Cơ khí',
		affiliation: 'Trường Đại học Sư phạm Kỹ thuật Nam Định',
		specialities: ['Máy thu hoạch lúa', 'Máy sau thu hoạch', 'Thiết kế cơ khí', 'Phân tích kết cấu'],
		projects: `- Đề tài "Máy gặt đập liên hợp cỡ nhỏ cho ruộng trũng" (2019–2021)
- Tư vấn cơ giới hóa đồng bộ cánh đồng lớn (2022–2024)`,
		publications: `- 40 bài báo về máy nông nghiệp
- Tác giả 2 văn bằng giải pháp hữu ích`,
		languages: ['Tiếng Việt', 'Tiếng Anh', 'Tiếng Nga'],
		availableForConsulting: true,
	},
	{
		organizationKey: 'dh-spkt-nam-dinh',
		fullName: 'Vũ Minh Tuấn',
		title: 'TS. Vũ Minh Tuấn - Chuyên gia tự động hóa và IoT trong nông nghiệp, thủy sản',
		summary: 'Chuyên gia điều khiển tự động, thiết kế hệ thống IoT giám sát ao nuôi, nhà màng và trạm quan trắc môi trường giá thấp.',
		description: `Trưởng bộ môn Tự động hóa, khoa Điện - Điện tử.

- Hệ thống IoT giám sát chất lượng nước ao nuôi, điều khiển sục khí
- Trạm quan trắc không khí chi phí thấp, hiệu chuẩn cảm biến bằng học máy
- Điều khiển nhà màng, tưới tiêu thông minh

Chủ trì đơn đăng ký sáng chế về hệ thống giám sát oxy hòa tan ao nuôi.`,
		fields: ['automation', 'aquaculture', 'electrical-electronics'],
		keywords: ['tự động hóa', 'iot', 'giám sát ao nuôi', 'quan trắc môi trường'],
		communeCode: 'NB009',
		academicTitle: null,
		degree: 'DOCTORATE',
		position: 'Trưởng bộ môn Tự động hóa',
		affiliation: 'Trường Đại học Sư phạm Kỹ thuật Nam Định',
		specialities: ['Điều khiển tự động', 'Hệ thống nhúng', 'IoT nông nghiệp', 'Cảm biến môi trường'],
		projects: `- Đề tài cấp tỉnh "Hệ thống IoT giám sát ao nuôi tôm" (2022–2024)
- Mạng 20 trạm quan trắc không khí chi phí thấp (2023–2025)`,
		publications: `- 22 bài báo về điều khiển và IoT
- Đơn đăng ký sáng chế số 1-2025-01466`,
		languages: ['Tiếng Việt', 'Tiếng Anh'],
		availableForConsulting: true,
	},
	{
		organizationKey: 'dh-spkt-nam-dinh',
		fullName: 'Trần Quang Vinh',
		title: 'TS. Trần Quang Vinh - Chuyên gia robot công nghiệp và cơ điện tử',
		summary: 'Chuyên gia thiết kế robot công nghiệp, cơ cấu chấp hành và hệ thống thị giác máy cho dây chuyền đóng gói, lắp ráp.',
		description: `Phó trưởng khoa Cơ điện tử, phụ trách phòng thí nghiệm Robot công nghiệp.

- Thiết kế robot SCARA, robot cộng tác, tay máy gắp
- Thị giác máy 2D/3D định vị sản phẩm
- Tích hợp robot vào dây chuyền sản xuất của doanh nghiệp nhỏ

Hướng dẫn sinh viên đạt giải cuộc thi robot cấp quốc gia; chủ trì phát triển robot SCARA giá thành thấp.`,
		fields: ['automation', 'mechanical-engineering'],
		keywords: ['robot công nghiệp', 'cơ điện tử', 'robot scara', 'thị giác máy'],
		communeCode: 'NB009',
		academicTitle: null,
		degree: 'DOCTORATE',
		position: 'Phó trưởng khoa Cơ điện tử',
		affiliation: 'Trường Đại học Sư phạm Kỹ thuật Nam Định',
		specialities: ['Robot công nghiệp', 'Thiết kế cơ điện tử', 'Thị giác máy', 'Tích hợp hệ thống tự động'],
		projects: `- Đề tài "Robot SCARA 4 bậc tự do cho dây chuyền đóng gói" (2023–2025)
- Tư vấn tự động hóa khâu đóng gói cho 3 doanh nghiệp thực phẩm (2024)`,
		publications: `- 18 bài báo về robot và điều khiển
- Đơn đăng ký giải pháp hữu ích số 2-2025-00098`,
		languages: ['Tiếng Việt', 'Tiếng Anh'],
		availableForConsulting: true,
	},
	{
		organizationKey: 'dong-tau-song-ninh',
		fullName: 'Nguyễn Văn Toàn',
		title: 'KS. Nguyễn Văn Toàn - Chuyên gia công nghệ hàn và đóng tàu vỏ thép',
		summary: 'Kỹ sư trưởng 20 năm kinh nghiệm đóng mới tàu hàng, sà lan; chuyên quy trình hàn, kiểm soát biến dạng và đăng kiểm.',
		description: `Giám đốc kỹ thuật Công ty TNHH Đóng tàu Sông Ninh, kỹ sư đóng tàu.

- Xây dựng và thẩm định quy trình hàn (WPS/PQR) theo quy phạm đăng kiểm
- Công nghệ hàn tự động hồ quang chìm, hàn một phía tạo hình hai phía
- Tổ chức đóng tàu theo phương pháp tổng đoạn

Tác giả giải pháp hữu ích xe hàn tự động chạy ray dùng tại nhà máy.`,
		fields: ['shipbuilding', 'mechanical-engineering'],
		keywords: ['công nghệ hàn', 'đóng tàu', 'đăng kiểm', 'tổng đoạn'],
		communeCode: 'NB027',
		academicTitle: null,
		degree: 'ENGINEER',
		position: 'Giám đốc kỹ thuật',
		affiliation: 'Công ty TNHH Đóng tàu Sông Ninh',
		specialities: ['Quy trình hàn tàu thủy', 'Hàn hồ quang chìm', 'Kiểm soát biến dạng hàn', 'Đóng tàu tổng đoạn'],
		projects: `- Đóng mới 40 tàu hàng 1.000–5.000 DWT (2008–2025)
- Cải tiến công nghệ hàn tự động tổng đoạn (2020–2022)`,
		publications: `- Tài liệu đào tạo thợ hàn tàu thủy nội bộ (2021)
- Tác giả bằng độc quyền giải pháp hữu ích số 2-0002701`,
		languages: ['Tiếng Việt'],
		availableForConsulting: true,
	},
	{
		organizationKey: 'tu-dong-hoa-phu-ly',
		fullName: 'Lương Văn Đạt',
		title: 'ThS. Lương Văn Đạt - Chuyên gia SCADA và quản lý năng lượng nhà máy',
		summary: 'Chuyên gia tích hợp hệ thống tự động hóa, SCADA, quản lý năng lượng và chuyển đổi số cho nhà máy sản xuất vừa và nhỏ.',
		description: `Giám đốc Công ty TNHH Tự động hóa Phủ Lý, thạc sĩ kỹ thuật điều khiển.

- Thiết kế PLC, SCADA cho dây chuyền dệt nhuộm, thực phẩm, vật liệu xây dựng
- Hệ thống quản lý năng lượng, kiểm toán năng lượng
- Lộ trình chuyển đổi số cho doanh nghiệp sản xuất

Đã triển khai hơn 120 dự án tự động hóa và 12 hệ thống quản lý năng lượng.`,
		fields: ['automation', 'energy', 'it-digital'],
		keywords: ['scada', 'quản lý năng lượng', 'plc', 'chuyển đổi số'],
		communeCode: 'NB013',
		academicTitle: null,
		degree: 'MASTER',
		position: 'Giám đốc',
		affiliation: 'Công ty TNHH Tự động hóa Phủ Lý',
		specialities: ['SCADA', 'PLC', 'Quản lý năng lượng', 'IoT công nghiệp'],
		projects: `- Hệ thống EMS cho 12 nhà máy (2019–2025)
- Phát triển PLC sản xuất trong nước (2018–2022)`,
		publications: `- Tác giả 2 bằng độc quyền giải pháp hữu ích về PLC và đầu đọc RFID`,
		languages: ['Tiếng Việt', 'Tiếng Anh'],
		availableForConsulting: true,
	},
	{
		organizationKey: 'duoc-lieu-cuc-phuong',
		fullName: 'Ngô Thị Thanh Hương',
		title: 'TS. Ngô Thị Thanh Hương - Chuyên gia chiết xuất và tiêu chuẩn hóa dược liệu',
		summary: 'Dược sĩ, tiến sĩ dược học chuyên chiết xuất, tinh chế và kiểm nghiệm dược liệu; tư vấn GACP-WHO và GMP.',
		description: `Giám đốc Nghiên cứu và Phát triển Công ty Cổ phần Dược liệu Cúc Phương Xanh.

- Chiết xuất ngược dòng, tinh chế bằng nhựa hấp phụ, sấy phun
- Xây dựng tiêu chuẩn cơ sở, định lượng hoạt chất bằng HPLC
- Tư vấn vùng trồng dược liệu đạt GACP-WHO

Tác giả sáng chế quy trình chiết xuất cao giảo cổ lam giàu gypenosid.`,
		fields: ['health-pharma', 'biotechnology'],
		keywords: ['chiết xuất dược liệu', 'tiêu chuẩn hóa', 'gacp-who', 'kiểm nghiệm'],
		communeCode: 'NB019',
		academicTitle: null,
		degree: 'DOCTORATE',
		position: 'Giám đốc Nghiên cứu và Phát triển',
		affiliation: 'Công ty Cổ phần Dược liệu Cúc Phương Xanh',
		specialities: ['Chiết xuất dược liệu', 'Kiểm nghiệm HPLC', 'GACP-WHO', 'Bào chế thực phẩm bảo vệ sức khỏe'],
		projects: `- Nhà máy chiết xuất cao dược liệu đạt GMP (2019–2021)
- Xây dựng vùng trồng giảo cổ lam, đinh lăng đạt GACP-WHO (2020–2024)`,
		publications: `- 12 bài báo về hóa dược liệu
- Tác giả bằng độc quyền sáng chế số 1-0029904`,
		languages: ['Tiếng Việt', 'Tiếng Anh', 'Tiếng Trung'],
		availableForConsulting: false,
	},
	{
		organizationKey: 'thiet-bi-y-te-an-khang',
		fullName: 'Bùi Văn Khoa',
		title: 'BS. Bùi Văn Khoa - Chuyên gia kiểm soát nhiễm khuẩn và thiết bị y tế',
		summary: 'Bác sĩ, nguyên trưởng khoa Kiểm soát nhiễm khuẩn bệnh viện tuyến tỉnh, tư vấn thiết kế và đánh giá thiết bị khử khuẩn.',
		description: `Giám đốc chuyên môn Công ty TNHH Thiết bị Y tế An Khang, 18 năm công tác kiểm soát nhiễm khuẩn tại bệnh viện.

- Đánh giá hiệu quả thiết bị khử khuẩn không khí, bề mặt
- Tư vấn bố trí phòng cách ly, luồng khí phòng mổ
- Hồ sơ kỹ thuật, phân loại trang thiết bị y tế

Đồng tác giả giải pháp hữu ích thiết bị lọc khuẩn không khí HEPA - UV-C.`,
		fields: ['health-pharma', 'electrical-electronics'],
		keywords: ['kiểm soát nhiễm khuẩn', 'thiết bị y tế', 'khử khuẩn không khí', 'bệnh viện'],
		communeCode: 'NB011',
		academicTitle: null,
		degree: 'MEDICAL_DOCTOR',
		position: 'Giám đốc chuyên môn',
		affiliation: 'Công ty TNHH Thiết bị Y tế An Khang',
		specialities: ['Kiểm soát nhiễm khuẩn', 'Thiết bị khử khuẩn', 'Quản lý trang thiết bị y tế'],
		projects: `- Phát triển máy lọc khuẩn không khí HEPA - UV-C (2020–2022)
- Tư vấn kiểm soát nhiễm khuẩn cho 10 bệnh viện tuyến huyện (2022–2024)`,
		publications: `- 8 bài báo về kiểm soát nhiễm khuẩn bệnh viện
- Tác giả bằng độc quyền giải pháp hữu ích số 2-0002634`,
		languages: ['Tiếng Việt', 'Tiếng Anh'],
		availableForConsulting: true,
	},
	{
		organizationKey: 'ttcgcn-thien-truong',
		fullName: 'Phan Thị Mỹ Linh',
		title: 'ThS. Phan Thị Mỹ Linh - Chuyên gia định giá công nghệ và hợp đồng chuyển giao',
		summary: 'Thẩm định viên về giá, chuyên định giá tài sản trí tuệ, công nghệ và tư vấn đàm phán hợp đồng chuyển giao công nghệ.',
		description: `Phó Giám đốc Trung tâm Tư vấn và Chuyển giao công nghệ Thiên Trường.

- Định giá công nghệ, sáng chế theo phương pháp chi phí, thu nhập, so sánh
- Soạn thảo, đàm phán hợp đồng li-xăng, chuyển nhượng, góp vốn bằng công nghệ
- Hỗ trợ doanh nghiệp lập hồ sơ đăng ký chuyển giao công nghệ và hưởng ưu đãi

Đã tham gia định giá hơn 70 công nghệ và tài sản trí tuệ cho doanh nghiệp, viện, trường.`,
		fields: ['mechanical-engineering', 'textile-garment', 'food-processing'],
		keywords: ['định giá công nghệ', 'hợp đồng chuyển giao', 'tài sản trí tuệ', 'thương mại hóa'],
		communeCode: 'NB009',
		academicTitle: null,
		degree: 'MASTER',
		position: 'Phó Giám đốc Trung tâm',
		affiliation: 'Trung tâm Tư vấn và Chuyển giao công nghệ Thiên Trường',
		specialities: ['Định giá công nghệ', 'Hợp đồng chuyển giao công nghệ', 'Góp vốn bằng tài sản trí tuệ', 'Thương mại hóa kết quả nghiên cứu'],
		projects: `- Tư vấn thương mại hóa 15 kết quả nghiên cứu của viện, trường trong tỉnh (2021–2025)
- Định giá tài sản trí tuệ phục vụ góp vốn thành lập 4 doanh nghiệp khoa học và công nghệ`,
		publications: `- Sổ tay "Định giá công nghệ cho doanh nghiệp nhỏ và vừa" (2023)`,
		languages: ['Tiếng Việt', 'Tiếng Anh'],
		availableForConsulting: true,
	},
	{
		organizationKey: 'shtt-chau-giang',
		fullName: 'Nguyễn Quốc Bảo',
		title: 'ThS. Nguyễn Quốc Bảo - Chuyên gia sở hữu công nghiệp và chiến lược sáng chế',
		summary: 'Người đại diện sở hữu công nghiệp, chuyên soạn thảo đơn sáng chế lĩnh vực cơ - điện tử và tư vấn chiến lược bảo hộ.',
		description: `Giám đốc Công ty TNHH Tư vấn Sở hữu trí tuệ và Chuyển giao công nghệ Châu Giang, người đại diện sở hữu công nghiệp được cấp chứng chỉ hành nghề.

- Tra cứu tình trạng kỹ thuật, đánh giá khả năng bảo hộ
- Soạn thảo bản mô tả, yêu cầu bảo hộ sáng chế, giải pháp hữu ích
- Xử lý tranh chấp, phản đối đơn, li-xăng sáng chế

Đã nộp hơn 150 đơn sáng chế, giải pháp hữu ích và kiểu dáng công nghiệp cho khách hàng trong và ngoài tỉnh.`,
		fields: ['electrical-electronics', 'mechanical-engineering', 'materials'],
		keywords: ['sở hữu công nghiệp', 'soạn thảo đơn sáng chế', 'tra cứu sáng chế', 'li-xăng'],
		communeCode: 'NB015',
		academicTitle: null,
		degree: 'MASTER',
		position: 'Giám đốc',
		affiliation: 'Công ty TNHH Tư vấn Sở hữu trí tuệ và Chuyển giao công nghệ Châu Giang',
		specialities: ['Soạn thảo đơn sáng chế', 'Tra cứu tình trạng kỹ thuật', 'Chiến lược bảo hộ', 'Li-xăng sáng chế'],
		projects: `- Chương trình hỗ trợ doanh nghiệp các khu công nghiệp Đồng Văn xác lập quyền sở hữu công nghiệp (2022–2025)
- Tư vấn chiến lược sáng chế cho 3 viện, trường trong tỉnh`,
		publications: `- Bài giảng "Khai thác thông tin sáng chế cho doanh nghiệp" (2024)`,
		languages: ['Tiếng Việt', 'Tiếng Anh'],
		availableForConsulting: true,
	},
]
