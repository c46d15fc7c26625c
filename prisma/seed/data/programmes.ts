// Support programmes of the demo market: a co-funding scheme and a voucher
// scheme of the Department of Science and Technology, and an incubator cohort.
import type { SeedProgramme } from '../types.ts'

export const programmes: SeedProgramme[] = [
	{
		organizationKey: 'dost',
		slug: 'ho-tro-doanh-nghiep-doi-moi-cong-nghe-2027',
		title: 'Hỗ trợ doanh nghiệp đổi mới công nghệ năm 2027',
		summary:
			'Đồng tài trợ 30–50 % kinh phí dự án đổi mới, hoàn thiện hoặc nhận chuyển giao công nghệ của doanh nghiệp nhỏ và vừa, tối đa 1,5 tỷ đồng mỗi dự án.',
		description: `Chương trình thực hiện Chương trình hành động của tỉnh triển khai Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.

**Nội dung được hỗ trợ**
- Nhận chuyển giao, làm chủ công nghệ tiên tiến; mua thiết bị kèm công nghệ
- Hoàn thiện công nghệ từ kết quả nghiên cứu để sản xuất thử nghiệm
- Ứng dụng tự động hóa, trí tuệ nhân tạo, IoT, tiết kiệm năng lượng, sản xuất sạch hơn

**Mức hỗ trợ**
- Tối đa 50 % tổng kinh phí đối với doanh nghiệp siêu nhỏ và nhỏ, 30 % đối với doanh nghiệp vừa
- Không quá 1,5 tỷ đồng/dự án; thời gian thực hiện tối đa 24 tháng

Công nghệ phải đạt mức sẵn sàng tối thiểu TRL 4. Ưu tiên dự án ứng dụng kết quả nghiên cứu của viện, trường trong tỉnh và công nghệ đang chào bán trên sàn.`,
		supportType: 'CO_FUNDING',
		coFundingPercent: 50,
		totalBudgetVnd: 15_000_000_000,
		maxPerApplicationVnd: 1_500_000_000,
		eligibleOrganizationTypes: ['ENTERPRISE'],
		eligibleEnterpriseSizes: ['MICRO', 'SMALL', 'MEDIUM'],
		minTrl: 4,
		fields: [
			'textile-garment',
			'agriculture',
			'aquaculture',
			'food-processing',
			'mechanical-engineering',
			'shipbuilding',
			'electrical-electronics',
			'automation',
			'it-digital',
			'environment',
			'energy',
			'health-pharma',
			'materials',
		],
		opensInDays: -10,
		closesInDays: 45,
		reviewersPerApplication: 2,
		documents: [
			{
				title: 'Thuyết minh dự án đổi mới công nghệ',
				description: 'Theo mẫu của Sở: mục tiêu, nội dung, công nghệ áp dụng, tiến độ, sản phẩm và hiệu quả dự kiến.',
				required: true,
			},
			{
				title: 'Dự toán kinh phí chi tiết',
				description: 'Tách rõ phần đề nghị hỗ trợ và phần vốn đối ứng của doanh nghiệp, kèm báo giá thiết bị, dịch vụ.',
				required: true,
			},
			{
				title: 'Báo cáo tài chính 2 năm gần nhất',
				description: 'Báo cáo tài chính đã nộp cơ quan thuế hoặc đã kiểm toán, chứng minh năng lực vốn đối ứng.',
				required: true,
			},
			{
				title: 'Hợp đồng hoặc thỏa thuận chuyển giao công nghệ',
				description: 'Bắt buộc với dự án nhận chuyển giao; bản ký hoặc biên bản ghi nhớ với bên chuyển giao.',
				required: false,
			},
			{
				title: 'Văn bằng bảo hộ, tài liệu chứng minh mức sẵn sàng công nghệ',
				description: 'Bằng sáng chế, giải pháp hữu ích, kết quả thử nghiệm hoặc biên bản nghiệm thu đề tài (nếu có).',
				required: false,
			},
		],
		questions: [
			{
				type: 'SHORT_TEXT',
				label: 'Tên công nghệ đề nghị đổi mới hoặc nhận chuyển giao',
				help: 'Ghi tên ngắn gọn, ví dụ: "Dây chuyền sấy lạnh nông sản bằng bơm nhiệt".',
				required: true,
			},
			{
				type: 'CHOICE',
				label: 'Hình thức đổi mới công nghệ',
				help: 'Chọn hình thức chính của dự án.',
				required: true,
				options: [
					'Nhận chuyển giao công nghệ',
					'Hoàn thiện công nghệ từ kết quả nghiên cứu',
					'Mua thiết bị kèm công nghệ',
					'Tự động hóa, chuyển đổi số dây chuyền sản xuất',
				],
			},
			{
				type: 'LONG_TEXT',
				label: 'Hiệu quả kinh tế - kỹ thuật dự kiến',
				help: 'Nêu chỉ tiêu định lượng: năng suất, chi phí, tiêu hao năng lượng, chất lượng sản phẩm, phát thải...',
				required: true,
			},
			{
				type: 'YES_NO',
				label: 'Doanh nghiệp đã nhận hỗ trợ từ ngân sách nhà nước cho cùng nội dung này chưa?',
				help: 'Không hỗ trợ trùng lặp nội dung đã được ngân sách nhà nước tài trợ.',
				required: true,
			},
			{
				type: 'FILE',
				label: 'Hình ảnh hiện trạng dây chuyền, thiết bị',
				help: 'Tệp PDF hoặc ảnh, tối đa 10 MB.',
				required: false,
			},
		],
		criteria: [
			{
				title: 'Tính tiên tiến và phù hợp của công nghệ',
				description: 'Mức độ tiên tiến so với công nghệ hiện tại của doanh nghiệp và ngành; phù hợp điều kiện của tỉnh.',
				weight: 25,
				maxScore: 10,
			},
			{
				title: 'Hiệu quả kinh tế - xã hội và môi trường',
				description: 'Tăng năng suất, giảm chi phí, tiết kiệm năng lượng, giảm phát thải, tạo việc làm.',
				weight: 25,
				maxScore: 10,
			},
			{
				title: 'Năng lực thực hiện của doanh nghiệp',
				description: 'Nhân lực kỹ thuật, năng lực tài chính đối ứng, kinh nghiệm triển khai.',
				weight: 20,
				maxScore: 10,
			},
			{
				title: 'Tính khả thi của kế hoạch và dự toán',
				description: 'Nội dung, tiến độ, dự toán hợp lý; rủi ro được nhận diện và có biện pháp xử lý.',
				weight: 20,
				maxScore: 10,
			},
			{
				title: 'Liên kết với viện, trường và sàn giao dịch công nghệ',
				description: 'Ứng dụng kết quả nghiên cứu, công nghệ hoặc sáng chế của tổ chức KH&CN trong tỉnh.',
				weight: 10,
				maxScore: 10,
			},
		],
	},
	{
		organizationKey: 'vuon-uom-ninh-binh',
		slug: 'khoa-uom-tao-khoi-nghiep-2027',
		title: 'Khóa ươm tạo khởi nghiệp đổi mới sáng tạo năm 2027',
		summary:
			'Tuyển 15 doanh nghiệp khởi nghiệp siêu nhỏ vào khóa ươm tạo 12 tháng: chỗ làm việc miễn phí, cố vấn chuyên môn và kinh doanh, phòng thí nghiệm dùng chung.',
		description: `Khóa ươm tạo dành cho doanh nghiệp khởi nghiệp đổi mới sáng tạo thành lập không quá 5 năm, có sản phẩm ở giai đoạn mẫu thử hoặc sản phẩm khả dụng tối thiểu.

**Quyền lợi**
- Chỗ ngồi làm việc và phòng họp miễn phí trong 12 tháng
- Mỗi doanh nghiệp có 1 cố vấn chuyên môn và 1 cố vấn kinh doanh, gặp tối thiểu 2 lần/tháng
- 8 chuyên đề đào tạo: khách hàng, mô hình kinh doanh, tài chính, gọi vốn, sở hữu trí tuệ
- Sử dụng xưởng tạo mẫu nhanh, kết nối phòng thí nghiệm của viện, trường
- Giới thiệu tới Quỹ Phát triển KH&CN tỉnh và các nhà đầu tư tại Ngày giới thiệu dự án

Giá trị hỗ trợ quy đổi tối đa 80 triệu đồng/doanh nghiệp.`,
		supportType: 'MENTORING',
		coFundingPercent: null,
		totalBudgetVnd: 1_200_000_000,
		maxPerApplicationVnd: 80_000_000,
		eligibleOrganizationTypes: ['ENTERPRISE'],
		eligibleEnterpriseSizes: ['MICRO'],
		minTrl: 3,
		fields: ['it-digital', 'agriculture', 'food-processing', 'environment', 'energy', 'biotechnology', 'automation'],
		opensInDays: -5,
		closesInDays: 30,
		reviewersPerApplication: 2,
		documents: [
			{
				title: 'Hồ sơ giới thiệu dự án (pitch deck)',
				description: 'Tối đa 15 trang: vấn đề, giải pháp, khách hàng, mô hình kinh doanh, đội ngũ, kế hoạch 12 tháng.',
				required: true,
			},
			{
				title: 'Giấy chứng nhận đăng ký doanh nghiệp',
				description: 'Bản chụp giấy chứng nhận đăng ký doanh nghiệp còn hiệu lực.',
				required: true,
			},
			{
				title: 'Sơ yếu lý lịch của các thành viên sáng lập',
				description: 'Nêu kinh nghiệm, vai trò và thời gian cam kết cho dự án của từng người.',
				required: true,
			},
			{
				title: 'Video giới thiệu sản phẩm mẫu',
				description: 'Đường dẫn video tối đa 3 phút trình diễn sản phẩm mẫu hoặc sản phẩm khả dụng tối thiểu.',
				required: false,
			},
		],
		questions: [
			{
				type: 'LONG_TEXT',
				label: 'Vấn đề bạn giải quyết và khách hàng mục tiêu là ai?',
				help: 'Mô tả cụ thể, có số liệu về quy mô thị trường nếu có.',
				required: true,
			},
			{
				type: 'CHOICE',
				label: 'Giai đoạn hiện tại của sản phẩm',
				help: 'Chọn giai đoạn gần nhất.',
				required: true,
				options: ['Mẫu thử', 'Sản phẩm khả dụng tối thiểu', 'Đã có doanh thu ban đầu'],
			},
			{
				type: 'NUMBER',
				label: 'Số thành viên làm việc toàn thời gian',
				help: 'Chỉ tính người cam kết toàn thời gian cho dự án.',
				required: true,
			},
			{
				type: 'YES_NO',
				label: 'Nhóm có cần sử dụng phòng thí nghiệm hoặc xưởng tạo mẫu không?',
				help: 'Giúp vườn ươm sắp xếp lịch sử dụng thiết bị dùng chung.',
				required: true,
			},
			{
				type: 'SHORT_TEXT',
				label: 'Điều bạn mong muốn nhất từ cố vấn',
				help: 'Ví dụ: tìm khách hàng doanh nghiệp đầu tiên, định giá sản phẩm, gọi vốn...',
				required: false,
			},
		],
		criteria: [
			{
				title: 'Tính đổi mới sáng tạo của giải pháp',
				description: 'Mức độ mới, khác biệt của sản phẩm, công nghệ so với giải pháp hiện có.',
				weight: 30,
				maxScore: 10,
			},
			{
				title: 'Tiềm năng thị trường',
				description: 'Quy mô thị trường, mức độ hiểu khách hàng, khả năng tăng trưởng.',
				weight: 25,
				maxScore: 10,
			},
			{
				title: 'Năng lực và cam kết của đội ngũ',
				description: 'Kinh nghiệm, sự bổ trợ kỹ năng và mức độ cam kết toàn thời gian.',
				weight: 25,
				maxScore: 10,
			},
			{
				title: 'Tác động với kinh tế - xã hội địa phương',
				description: 'Đóng góp cho ngành thế mạnh, việc làm, môi trường của tỉnh.',
				weight: 20,
				maxScore: 10,
			},
		],
	},
	{
		organizationKey: 'dost',
		slug: 'phieu-ho-tro-doi-moi-sang-tao-dot-2-2026',
		title: 'Phiếu hỗ trợ đổi mới sáng tạo cho doanh nghiệp nhỏ và vừa - đợt 2 năm 2026',
		summary:
			'Phiếu hỗ trợ trị giá đến 100 triệu đồng để doanh nghiệp nhỏ và vừa thuê dịch vụ tư vấn, thử nghiệm, định giá công nghệ hoặc xác lập quyền sở hữu trí tuệ.',
		description: `Doanh nghiệp được cấp phiếu hỗ trợ (innovation voucher) để sử dụng dịch vụ của các tổ chức khoa học và công nghệ, tổ chức trung gian đã đăng ký trên sàn.

**Dịch vụ được thanh toán bằng phiếu**
- Tư vấn đổi mới công nghệ, kiểm toán năng lượng, sản xuất sạch hơn
- Thử nghiệm, phân tích, kiểm định sản phẩm mẫu
- Tìm kiếm, đánh giá, định giá công nghệ
- Soạn thảo và nộp đơn sáng chế, giải pháp hữu ích, kiểu dáng công nghiệp

Phiếu chi trả tối đa 70 % giá trị hợp đồng dịch vụ và không quá 100 triệu đồng; thời hạn sử dụng 6 tháng kể từ ngày cấp. Đợt 2 năm 2026 đã kết thúc nhận hồ sơ, kết quả xét chọn sẽ được công bố trên sàn.`,
		supportType: 'VOUCHER',
		coFundingPercent: null,
		totalBudgetVnd: 3_000_000_000,
		maxPerApplicationVnd: 100_000_000,
		eligibleOrganizationTypes: ['ENTERPRISE'],
		eligibleEnterpriseSizes: ['MICRO', 'SMALL'],
		minTrl: null,
		fields: ['textile-garment', 'agriculture', 'aquaculture', 'food-processing', 'mechanical-engineering', 'it-digital', 'environment', 'materials'],
		opensInDays: -120,
		closesInDays: -30,
		reviewersPerApplication: 2,
		documents: [
			{
				title: 'Đơn đề nghị cấp phiếu hỗ trợ',
				description: 'Theo mẫu của Sở, có chữ ký của người đại diện theo pháp luật.',
				required: true,
			},
			{
				title: 'Báo giá hoặc dự thảo hợp đồng dịch vụ',
				description: 'Của tổ chức cung cấp dịch vụ, nêu rõ nội dung, thời gian và chi phí.',
				required: true,
			},
			{
				title: 'Tờ khai thuế hoặc báo cáo tài chính năm gần nhất',
				description: 'Chứng minh doanh nghiệp thuộc đối tượng siêu nhỏ hoặc nhỏ.',
				required: true,
			},
		],
		questions: [
			{
				type: 'CHOICE',
				label: 'Loại dịch vụ đề nghị sử dụng phiếu',
				help: 'Chọn một loại dịch vụ chính.',
				required: true,
				options: [
					'Tư vấn đổi mới công nghệ',
					'Thử nghiệm, phân tích, kiểm định',
					'Tìm kiếm và định giá công nghệ',
					'Xác lập quyền sở hữu trí tuệ',
				],
			},
			{
				type: 'SHORT_TEXT',
				label: 'Tên tổ chức cung cấp dịch vụ',
				help: 'Tổ chức phải có hồ sơ trên sàn giao dịch công nghệ.',
				required: true,
			},
			{
				type: 'NUMBER',
				label: 'Giá trị hợp đồng dịch vụ (đồng)',
				help: 'Phiếu chi trả tối đa 70 % giá trị, không quá 100 triệu đồng.',
				required: true,
			},
			{
				type: 'LONG_TEXT',
				label: 'Kết quả doanh nghiệp mong đợi sau khi sử dụng dịch vụ',
				help: 'Ví dụ: sản phẩm đạt chứng nhận, nộp được đơn sáng chế, có phương án đổi mới công nghệ...',
				required: true,
			},
		],
		criteria: [
			{
				title: 'Nhu cầu đổi mới rõ ràng, cấp thiết',
				description: 'Vấn đề của doanh nghiệp được mô tả cụ thể, dịch vụ đề xuất giải quyết đúng vấn đề.',
				weight: 35,
				maxScore: 10,
			},
			{
				title: 'Tính phù hợp của dịch vụ và tổ chức cung cấp',
				description: 'Năng lực của tổ chức cung cấp, chi phí hợp lý so với mặt bằng thị trường.',
				weight: 25,
				maxScore: 10,
			},
			{
				title: 'Khả năng tạo ra kết quả đo lường được',
				description: 'Kết quả sau 6 tháng có thể kiểm chứng: chứng nhận, văn bằng, phương án công nghệ.',
				weight: 25,
				maxScore: 10,
			},
			{
				title: 'Ưu tiên doanh nghiệp lần đầu tiếp cận hỗ trợ',
				description: 'Doanh nghiệp chưa từng nhận hỗ trợ khoa học và công nghệ từ ngân sách nhà nước.',
				weight: 15,
				maxScore: 10,
			},
		],
	},
]
