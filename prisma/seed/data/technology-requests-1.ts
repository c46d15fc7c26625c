// Technology requests (1/2) posted by enterprises of the province.
import type { SeedTechnologyRequest } from '../types.ts'

export const technologyRequests1: SeedTechnologyRequest[] = [
	{
		organizationKey: 'det-may-thanh-nam',
		title: 'Cần công nghệ tái sử dụng 50 % nước thải dệt nhuộm sau xử lý',
		summary:
			'Nhà máy nhuộm 3.000 m³ nước/ngày cần giải pháp xử lý nước thải bậc cao để tái sử dụng ít nhất một nửa lượng nước cho sản xuất.',
		description: `Nhà máy hiện có trạm xử lý nước thải sinh học đạt QCVN 13-MT:2015/BTNMT cột A nhưng chi phí nước cấp và phí xả thải tăng nhanh; khách hàng châu Âu yêu cầu giảm 30 % nước tiêu thụ trên mỗi kg vải đến năm 2028.

**Yêu cầu đối với giải pháp**
- Nước tái sử dụng đạt độ màu dưới 20 Pt-Co, độ cứng dưới 50 mg/l CaCO3, dùng được cho nhuộm màu đậm
- Công suất 1.500 m³/ngày, chi phí vận hành dưới 15.000 đồng/m³
- Xử lý được nước đậm đặc từ hệ thống lọc màng (nếu có)

Ưu tiên đơn vị đã có công trình tham chiếu trong ngành dệt nhuộm.`,
		fields: ['environment', 'textile-garment'],
		keywords: ['xử lý nước thải', 'tái sử dụng nước', 'dệt nhuộm', 'lọc màng'],
		communeCode: 'NB010',
		problem:
			'Tiêu thụ nước 120 lít/kg vải, cao hơn mức khách hàng yêu cầu; trạm xử lý hiện hữu chỉ đạt chuẩn xả thải, chưa đủ chất lượng để tái sử dụng.',
		requiredCapability:
			'Thiết kế, cung cấp và chuyển giao hệ thống xử lý bậc cao (lọc màng, oxy hóa nâng cao) có bảo lãnh chất lượng nước đầu ra và đào tạo vận hành.',
		budgetMinVnd: 3_000_000_000,
		budgetMaxVnd: 5_000_000_000,
		deadline: '2027-06-30',
		preferredTransferModes: ['EQUIPMENT_WITH_TECHNOLOGY', 'CONSULTING_TRAINING'],
		isCommissioned: true,
	},
	{
		organizationKey: 'det-may-thanh-nam',
		title: 'Tìm giải pháp trí tuệ nhân tạo dự báo nhu cầu nguyên phụ liệu ngành may',
		summary:
			'Doanh nghiệp cần mô hình AI dự báo nhu cầu vải, phụ liệu theo đơn hàng và mùa vụ để giảm tồn kho và thiếu hàng.',
		description: `Doanh nghiệp quản lý hơn 4.000 mã nguyên phụ liệu, dữ liệu đơn hàng 6 năm trên ERP. Tồn kho phụ liệu chiếm 18 % vốn lưu động, trong khi vẫn thường thiếu hàng gây chậm giao.

**Mong muốn**
- Dự báo nhu cầu theo mã hàng, khách hàng, tháng với sai số dưới 15 %
- Gợi ý điểm đặt hàng lại, lượng đặt tối ưu
- Tích hợp ERP hiện có qua API, giao diện tiếng Việt

Có thể triển khai thí điểm 3 tháng với nhóm phụ liệu chỉ, nhãn, khóa kéo trước khi mở rộng.`,
		fields: ['it-digital', 'textile-garment'],
		keywords: ['trí tuệ nhân tạo', 'ai', 'dự báo nhu cầu', 'quản lý tồn kho', 'chuyển đổi số'],
		communeCode: 'NB010',
		problem:
			'Lập kế hoạch mua nguyên phụ liệu dựa trên kinh nghiệm, tồn kho cao nhưng vẫn thiếu hàng, ảnh hưởng tiến độ giao hàng xuất khẩu.',
		requiredCapability:
			'Đơn vị có năng lực khoa học dữ liệu, đã triển khai bài toán dự báo trong sản xuất hoặc bán lẻ; cam kết bảo mật dữ liệu khách hàng.',
		budgetMinVnd: 800_000_000,
		budgetMaxVnd: 1_500_000_000,
		deadline: '2027-03-31',
		preferredTransferModes: ['NON_EXCLUSIVE_LICENCE', 'JOINT_RD'],
		isCommissioned: false,
	},
	{
		organizationKey: 'det-may-thanh-nam',
		title: 'Hệ thống tính dấu vết các-bon sản phẩm may mặc theo yêu cầu khách hàng châu Âu',
		summary:
			'Cần công cụ kiểm kê khí nhà kính phạm vi 1, 2, 3 và tính phát thải trên từng sản phẩm để đáp ứng yêu cầu của nhãn hàng EU.',
		description: `Từ năm 2026 nhiều nhãn hàng yêu cầu nhà cung cấp báo cáo phát thải theo sản phẩm và lộ trình giảm phát thải. Doanh nghiệp chưa có hệ thống thu thập dữ liệu năng lượng, nguyên liệu, vận chuyển.

- Kiểm kê theo GHG Protocol và ISO 14064-1
- Tính phát thải vòng đời sản phẩm (cradle-to-gate) cho 20 mã hàng chủ lực
- Bảng điều khiển theo dõi, xuất báo cáo theo mẫu của khách hàng

Ưu tiên giải pháp kết hợp tư vấn và phần mềm, có chuyên gia hỗ trợ thẩm tra.`,
		fields: ['environment', 'textile-garment', 'it-digital'],
		keywords: ['dấu vết các-bon', 'kiểm kê khí nhà kính', 'dệt may xanh', 'báo cáo esg'],
		communeCode: 'NB010',
		problem: 'Chưa có dữ liệu và phương pháp tính phát thải theo sản phẩm, có nguy cơ mất đơn hàng từ các nhãn hàng châu Âu.',
		requiredCapability: 'Đơn vị tư vấn kiểm kê khí nhà kính có phần mềm hoặc công cụ tính toán, kinh nghiệm ngành dệt may.',
		budgetMinVnd: 500_000_000,
		budgetMaxVnd: 1_000_000_000,
		deadline: '2027-02-28',
		preferredTransferModes: ['CONSULTING_TRAINING', 'NON_EXCLUSIVE_LICENCE'],
		isCommissioned: false,
	},
	{
		organizationKey: 'soi-nhuom-thien-truong',
		title: 'Công nghệ xử lý và tận dụng bùn thải từ trạm xử lý nước thải dệt nhuộm',
		summary:
			'Mỗi ngày phát sinh 6 tấn bùn thải ép, cần giải pháp giảm khối lượng và tận dụng thay cho chuyển giao xử lý chi phí cao.',
		description: `Bùn thải sau máy ép khung bản có độ ẩm 75–80 %, chứa hydroxit sắt và chất hữu cơ từ thuốc nhuộm; chi phí thuê xử lý đang là 2,2 triệu đồng/tấn.

**Kỳ vọng**
- Giảm ít nhất 60 % khối lượng bùn phải chuyển giao
- Ưu tiên giải pháp sấy bằng nhiệt thải lò hơi hoặc tận dụng làm vật liệu xây dựng nếu đáp ứng quy định
- Có đánh giá phân định chất thải nguy hại theo quy định hiện hành`,
		fields: ['environment', 'textile-garment', 'materials'],
		keywords: ['bùn thải', 'xử lý chất thải', 'sấy bùn', 'dệt nhuộm'],
		communeCode: 'NB010',
		problem: 'Chi phí xử lý bùn thải chiếm 15 % chi phí vận hành trạm xử lý nước thải và tiếp tục tăng.',
		requiredCapability: 'Đơn vị có công nghệ sấy, ổn định hóa rắn bùn thải và năng lực hỗ trợ thủ tục môi trường.',
		budgetMinVnd: 1_000_000_000,
		budgetMaxVnd: 3_000_000_000,
		deadline: '2027-09-30',
		preferredTransferModes: ['EQUIPMENT_WITH_TECHNOLOGY', 'JOINT_RD'],
		isCommissioned: false,
	},
	{
		organizationKey: 'soi-nhuom-thien-truong',
		title: 'Hệ thống pha màu và cấp hóa chất nhuộm tự động cho 18 máy nhuộm',
		summary:
			'Cần hệ thống cân, pha và cấp thuốc nhuộm, hóa chất tự động đến từng máy nhuộm để giảm sai màu và lãng phí hóa chất.',
		description: `Hiện công nhân cân, pha thủ công; tỷ lệ nhuộm lại do sai màu khoảng 7 %. Doanh nghiệp muốn tự động hóa khâu pha chế và kết nối với phần mềm quản lý công thức màu.

- Cân tự động thuốc nhuộm dạng bột và lỏng, sai số ±0,5 %
- Cấp hóa chất bằng đường ống đến 18 máy nhuộm jet
- Lưu vết từng mẻ, kết nối máy đo màu quang phổ

Ưu tiên giải pháp lắp ráp trong nước có dịch vụ bảo trì tại chỗ.`,
		fields: ['automation', 'textile-garment'],
		keywords: ['pha màu tự động', 'cấp hóa chất', 'nhuộm', 'tự động hóa'],
		communeCode: 'NB010',
		problem: 'Pha chế thủ công gây sai màu, nhuộm lại nhiều, tiêu hao hóa chất và thời gian giao hàng kéo dài.',
		requiredCapability: 'Nhà cung cấp tự động hóa có kinh nghiệm hệ thống cân định lượng và tích hợp PLC/SCADA trong nhà máy nhuộm.',
		budgetMinVnd: 1_500_000_000,
		budgetMaxVnd: 3_000_000_000,
		deadline: '2027-05-31',
		preferredTransferModes: ['EQUIPMENT_WITH_TECHNOLOGY'],
		isCommissioned: false,
	},
	{
		organizationKey: 'may-hai-hau',
		title: 'Máy trải vải tự động và cắt CNC cho xưởng cắt của nhà máy may 26 chuyền',
		summary:
			'Nhà máy may cần đầu tư dây chuyền trải vải tự động và máy cắt CNC dao rung để thay thế cắt tay, giảm hao hụt vải.',
		description: `Xưởng cắt hiện có 40 công nhân, cắt tay bằng máy cắt đẩy; hao hụt vải 3–4 % so với sơ đồ, chi tiết không đồng đều gây lỗi đường may.

**Yêu cầu kỹ thuật**
- Máy trải vải khổ 1,8 m, tốc độ 60 m/phút, có dò mép vải
- Máy cắt CNC cắt chồng 5–7 cm sau nén chân không
- Nhận file sơ đồ từ phần mềm CAD đang dùng

Mong muốn đối tác hỗ trợ thuê mua hoặc trả chậm, đào tạo vận hành và bảo trì.`,
		fields: ['textile-garment', 'automation', 'mechanical-engineering'],
		keywords: ['máy cắt cnc', 'trải vải tự động', 'nhà máy may', 'giảm hao hụt'],
		communeCode: 'NB024',
		problem: 'Cắt thủ công năng suất thấp, hao hụt vải cao, khó tuyển công nhân cắt có tay nghề.',
		requiredCapability: 'Nhà cung cấp thiết bị cắt tự động có dịch vụ lắp đặt, đào tạo và phụ tùng tại miền Bắc.',
		budgetMinVnd: 3_000_000_000,
		budgetMaxVnd: 5_000_000_000,
		deadline: '2027-04-30',
		preferredTransferModes: ['EQUIPMENT_WITH_TECHNOLOGY', 'CONSULTING_TRAINING'],
		isCommissioned: false,
	},
	{
		organizationKey: 'may-hai-hau',
		title: 'Chuyển đổi số quản lý chất lượng inline bằng máy tính bảng tại chuyền may',
		summary:
			'Cần phần mềm ghi nhận lỗi tại chuyền bằng máy tính bảng, thống kê lỗi theo công nhân, công đoạn và cảnh báo tức thời cho tổ trưởng.',
		description: `Nhân viên QC đang ghi lỗi trên giấy, tổng hợp cuối ngày nên không kịp xử lý. Doanh nghiệp muốn số hóa khâu kiểm tra chất lượng inline và endline.

- Giao diện chọn lỗi bằng hình ảnh, thao tác dưới 5 giây
- Báo cáo Pareto lỗi theo giờ, cảnh báo khi tỷ lệ lỗi vượt ngưỡng
- Kết nối với hệ thống quản lý sản xuất hiện có

Phạm vi thí điểm 6 chuyền trong 2 tháng.`,
		fields: ['it-digital', 'textile-garment'],
		keywords: ['chuyển đổi số', 'quản lý chất lượng', 'qc inline', 'nhà máy may'],
		communeCode: 'NB024',
		problem: 'Tỷ lệ hàng sửa tại endline 6–8 %, thông tin lỗi đến tổ trưởng quá chậm để điều chỉnh.',
		requiredCapability: 'Đơn vị phần mềm có sản phẩm cho ngành may hoặc năng lực phát triển nhanh ứng dụng trên máy tính bảng.',
		budgetMinVnd: 300_000_000,
		budgetMaxVnd: 600_000_000,
		deadline: '2027-01-31',
		preferredTransferModes: ['NON_EXCLUSIVE_LICENCE', 'CONSULTING_TRAINING'],
		isCommissioned: false,
	},
	{
		organizationKey: 'thuy-san-giao-thuy',
		title: 'Công nghệ xử lý nước thải ao nuôi tôm thâm canh trước khi xả ra môi trường',
		summary:
			'Vùng nuôi 18 ha cần hệ thống xử lý nước thải và bùn thải ao nuôi tôm đạt quy chuẩn, chi phí phù hợp với hộ nuôi.',
		description: `Nước thải xi-phông và nước thay ao có hàm lượng hữu cơ, nitơ, phốt pho cao đang xả trực tiếp ra kênh chung, gây nguy cơ lây lan dịch bệnh và bị phản ánh.

**Yêu cầu**
- Xử lý 500 m³/ngày nước thải và 3 tấn bùn/ngày
- Ưu tiên giải pháp sinh học: ao lắng, lọc sinh học, nuôi kết hợp rong, cá
- Có thể tái sử dụng một phần nước cho ao nuôi

Doanh nghiệp sẵn sàng dành 1,5 ha làm khu xử lý.`,
		fields: ['aquaculture', 'environment'],
		keywords: ['xử lý nước thải', 'ao nuôi tôm', 'bùn thải', 'nuôi trồng thủy sản bền vững'],
		communeCode: 'NB025',
		problem: 'Nước thải và bùn thải ao nuôi chưa được xử lý, ảnh hưởng môi trường vùng nuôi và khả năng đạt chứng nhận ASC.',
		requiredCapability: 'Viện, trường hoặc doanh nghiệp môi trường có mô hình xử lý nước thải nuôi trồng thủy sản đã vận hành thực tế.',
		budgetMinVnd: 500_000_000,
		budgetMaxVnd: 1_500_000_000,
		deadline: '2027-08-31',
		preferredTransferModes: ['CONSULTING_TRAINING', 'EQUIPMENT_WITH_TECHNOLOGY'],
		isCommissioned: true,
	},
	{
		organizationKey: 'thuy-san-giao-thuy',
		title: 'Giải pháp hạn chế ngao chết hàng loạt trên bãi nuôi khi nắng nóng kéo dài',
		summary:
			'Đặt hàng nghiên cứu quy trình quản lý bãi nuôi, cảnh báo sớm và chọn giống ngao chịu nhiệt để giảm thiệt hại mùa hè.',
		description: `Các năm gần đây ngao nuôi trên bãi triều thường chết 30–60 % vào tháng 5–7 khi nhiệt độ nước cao và độ mặn biến động.

- Xác định nguyên nhân chính (nhiệt độ, độ mặn, mật độ, mầm bệnh)
- Xây dựng quy trình san thưa, che mát, lịch thả phù hợp
- Hệ thống cảnh báo sớm dựa trên dữ liệu thời tiết và đo môi trường

Doanh nghiệp cung cấp 5 ha bãi nuôi thử nghiệm và nhân lực hỗ trợ.`,
		fields: ['aquaculture', 'biotechnology'],
		keywords: ['ngao', 'chết hàng loạt', 'bãi triều', 'cảnh báo sớm'],
		communeCode: 'NB025',
		problem: 'Ngao chết hàng loạt mùa nắng nóng gây thiệt hại hàng tỷ đồng mỗi năm cho doanh nghiệp và hộ nuôi liên kết.',
		requiredCapability: 'Tổ chức nghiên cứu thủy sản có kinh nghiệm về nhuyễn thể và bệnh học thủy sản.',
		budgetMinVnd: 300_000_000,
		budgetMaxVnd: 800_000_000,
		deadline: '2027-12-31',
		preferredTransferModes: ['JOINT_RD', 'CONSULTING_TRAINING'],
		isCommissioned: true,
	},
	{
		organizationKey: 'giong-thuy-san-kim-son',
		title: 'Bộ xét nghiệm nhanh bệnh vi bào tử trùng EHP trên tôm tại trại',
		summary:
			'Cần kit LAMP hoặc sắc ký miễn dịch phát hiện EHP trong 60 phút tại trại giống, không cần máy PCR.',
		description: `Bệnh do Enterocytozoon hepatopenaei làm tôm chậm lớn, khó phát hiện bằng mắt thường. Trại đang gửi mẫu PCR ra ngoài, mất 1–2 ngày.

**Yêu cầu sản phẩm**
- Độ nhạy tương đương PCR lồng (nested PCR), độ đặc hiệu trên 95 %
- Thao tác đơn giản, thiết bị gia nhiệt cầm tay
- Giá thành dưới 80.000 đồng/mẫu

Doanh nghiệp cam kết mua 10.000 bộ xét nghiệm mỗi năm khi sản phẩm đạt yêu cầu.`,
		fields: ['aquaculture', 'biotechnology'],
		keywords: ['ehp', 'xét nghiệm nhanh', 'lamp', 'bệnh tôm'],
		communeCode: 'NB021',
		problem: 'Chậm phát hiện EHP ở tôm bố mẹ và tôm post làm giảm uy tín con giống và gây thiệt hại cho người nuôi.',
		requiredCapability: 'Đơn vị có năng lực sinh học phân tử, thiết kế mồi LAMP và sản xuất kit chẩn đoán.',
		budgetMinVnd: 400_000_000,
		budgetMaxVnd: 1_000_000_000,
		deadline: '2027-06-30',
		preferredTransferModes: ['EXCLUSIVE_LICENCE', 'JOINT_RD'],
		isCommissioned: false,
	},
	{
		organizationKey: 'giong-thuy-san-kim-son',
		title: 'Hệ thống nuôi sinh khối vi tảo trong ống kín quang sinh học cho trại giống',
		summary:
			'Cần hệ thống photobioreactor nuôi tảo Chaetoceros, Thalassiosira liên tục, sạch tạp nhiễm, cung cấp 3 m³ tảo/ngày.',
		description: `Tảo nuôi trong bể hở thường bị tạp nhiễm và sụp tảo vào mùa nóng, ảnh hưởng tỷ lệ sống của ấu trùng tôm và cua.

- Ống trong suốt hoặc túi nuôi kín, chiếu sáng LED
- Mật độ tảo thu hoạch trên 2 × 10⁶ tế bào/ml
- Điều khiển tự động CO2, nhiệt độ, thu hoạch bán liên tục

Ưu tiên giải pháp thiết kế chế tạo trong nước để dễ bảo trì.`,
		fields: ['aquaculture', 'biotechnology', 'automation'],
		keywords: ['vi tảo', 'photobioreactor', 'trại giống', 'sinh khối tảo'],
		communeCode: 'NB021',
		problem: 'Nguồn tảo không ổn định, tạp nhiễm làm giảm tỷ lệ sống ấu trùng 10–20 % vào mùa nóng.',
		requiredCapability: 'Đơn vị có kinh nghiệm thiết kế hệ thống nuôi vi tảo kín và tự động hóa.',
		budgetMinVnd: 800_000_000,
		budgetMaxVnd: 2_000_000_000,
		deadline: '2027-10-31',
		preferredTransferModes: ['EQUIPMENT_WITH_TECHNOLOGY', 'JOINT_RD'],
		isCommissioned: false,
	},
	{
		organizationKey: 'nong-san-hai-hau',
		title: 'Công nghệ sấy lúa sau thu hoạch giữ chất lượng gạo tám thơm',
		summary:
			'Cần hệ thống sấy lúa 20 tấn/mẻ dùng nhiệt từ trấu, sấy nhiệt độ thấp để giữ mùi thơm và giảm gạo gãy.',
		description: `Vụ mùa thường gặp mưa khi thu hoạch, lúa phơi sân không kịp gây nảy mầm, mốc; sấy nhiệt độ cao làm giảm mùi thơm và tăng tỷ lệ gãy.

**Yêu cầu**
- Sấy tháp tuần hoàn hoặc sấy tĩnh vỉ ngang đảo chiều gió, 20 tấn/mẻ
- Nhiệt độ tác nhân sấy 40–45 °C, có điều khiển tự động
- Lò đốt trấu gián tiếp, không ám khói

Tỷ lệ gạo nguyên sau xay xát mong muốn trên 60 %.`,
		fields: ['agriculture', 'food-processing', 'mechanical-engineering'],
		keywords: ['sấy lúa', 'sau thu hoạch', 'gạo tám', 'lò đốt trấu'],
		communeCode: 'NB023',
		problem: 'Tổn thất sau thu hoạch 5–8 % và giảm giá trị gạo đặc sản do sấy phơi không kiểm soát.',
		requiredCapability: 'Doanh nghiệp chế tạo máy sấy nông sản có công trình tham chiếu với lúa chất lượng cao.',
		budgetMinVnd: 1_000_000_000,
		budgetMaxVnd: 2_500_000_000,
		deadline: '2027-07-31',
		preferredTransferModes: ['EQUIPMENT_WITH_TECHNOLOGY'],
		isCommissioned: false,
	},
	{
		organizationKey: 'nong-san-hai-hau',
		title: 'Phương pháp xác thực gạo tám Hải Hậu bằng quang phổ cận hồng ngoại chống gian lận',
		summary:
			'Đặt hàng xây dựng phương pháp và thiết bị cầm tay phân biệt gạo tám đúng vùng chỉ dẫn địa lý với gạo trộn hoặc gạo vùng khác.',
		description: `Thị trường xuất hiện nhiều gạo trộn mang tên gạo tám Hải Hậu, ảnh hưởng uy tín chỉ dẫn địa lý và giá bán.

- Xây dựng thư viện phổ NIR từ ít nhất 300 mẫu chuẩn
- Mô hình phân loại độ chính xác trên 90 %, kết quả trong 1 phút
- Kết nối tem truy xuất nguồn gốc để đối chiếu lô hàng

Doanh nghiệp phối hợp cùng hiệp hội sản xuất cung cấp mẫu chuẩn.`,
		fields: ['agriculture', 'food-processing', 'it-digital'],
		keywords: ['xác thực nguồn gốc', 'quang phổ nir', 'chỉ dẫn địa lý', 'gạo tám'],
		communeCode: 'NB023',
		problem: 'Không có công cụ nhanh, tin cậy để chứng minh gạo đúng vùng, dẫn đến gian lận thương mại.',
		requiredCapability: 'Tổ chức nghiên cứu có thiết bị phổ và năng lực phân tích dữ liệu hóa học (chemometrics).',
		budgetMinVnd: 500_000_000,
		budgetMaxVnd: 1_200_000_000,
		deadline: '2027-11-30',
		preferredTransferModes: ['JOINT_RD', 'NON_EXCLUSIVE_LICENCE'],
		isCommissioned: true,
	},
	{
		organizationKey: 'thuc-pham-co-do',
		title: 'Công nghệ tiệt trùng retort kéo dài hạn dùng thịt dê chế biến sẵn không chất bảo quản',
		summary:
			'Cần quy trình và thiết bị tiệt trùng trong bao bì túi mềm cho món thịt dê chế biến sẵn, hạn dùng 12 tháng ở nhiệt độ thường.',
		description: `Sản phẩm thịt dê tái chanh, dê hầm hiện phải bảo quản lạnh, hạn dùng 7 ngày nên khó đưa vào kênh phân phối toàn quốc và du lịch.

**Mục tiêu**
- Tiệt trùng F0 phù hợp, giữ cấu trúc và hương vị đặc trưng
- Bao bì túi retort nhiều lớp, 200–500 g
- Công suất 2.000 túi/ca

Cần đối tác hỗ trợ xây dựng chế độ tiệt trùng, thẩm định và công bố sản phẩm.`,
		fields: ['food-processing'],
		keywords: ['tiệt trùng retort', 'thịt dê', 'kéo dài hạn sử dụng', 'đặc sản'],
		communeCode: 'NB004',
		problem: 'Hạn sử dụng ngắn hạn chế thị trường của đặc sản thịt dê chế biến sẵn.',
		requiredCapability: 'Đơn vị có chuyên gia công nghệ đồ hộp, thiết bị retort thử nghiệm và kinh nghiệm thẩm định quá trình nhiệt.',
		budgetMinVnd: 1_000_000_000,
		budgetMaxVnd: 2_000_000_000,
		deadline: '2027-05-31',
		preferredTransferModes: ['CONSULTING_TRAINING', 'EQUIPMENT_WITH_TECHNOLOGY'],
		isCommissioned: false,
	},
	{
		organizationKey: 'thuc-pham-co-do',
		title: 'Hệ thống xử lý nước thải chế biến thực phẩm giàu dầu mỡ công suất 150 m³/ngày',
		summary:
			'Nhà máy chế biến cơm cháy và thịt dê cần nâng cấp trạm xử lý nước thải do dầu mỡ cao làm quá tải bể sinh học.',
		description: `Nước thải có dầu mỡ động thực vật 300–500 mg/l, COD 2.500 mg/l; bể tách mỡ hiện có hoạt động kém, bùn vi sinh thường bị nổi.

- Bổ sung tuyển nổi khí hòa tan (DAF) hoặc giải pháp tương đương
- Nước sau xử lý đạt QCVN 40:2011/BTNMT cột B trở lên
- Tận dụng dầu mỡ thu hồi nếu khả thi

Thời gian thi công cần gọn trong 45 ngày để không gián đoạn sản xuất.`,
		fields: ['environment', 'food-processing'],
		keywords: ['xử lý nước thải', 'dầu mỡ', 'tuyển nổi', 'chế biến thực phẩm'],
		communeCode: 'NB004',
		problem: 'Trạm xử lý nước thải quá tải dầu mỡ, không ổn định, có nguy cơ vượt quy chuẩn xả thải của khu công nghiệp.',
		requiredCapability: 'Đơn vị môi trường có kinh nghiệm xử lý nước thải thực phẩm, thiết kế - thi công - chuyển giao vận hành.',
		budgetMinVnd: 800_000_000,
		budgetMaxVnd: 1_500_000_000,
		deadline: '2027-03-31',
		preferredTransferModes: ['EQUIPMENT_WITH_TECHNOLOGY', 'CONSULTING_TRAINING'],
		isCommissioned: false,
	},
	{
		organizationKey: 'co-khi-dong-a',
		title: 'Công nghệ phun phủ nhiệt chống mài mòn cho trục vít và cánh khuấy',
		summary:
			'Cần chuyển giao công nghệ phun phủ HVOF hoặc plasma lớp cacbit vonfram để phục hồi và tăng tuổi thọ chi tiết máy chế biến.',
		description: `Doanh nghiệp chế tạo máy ép viên, máy trộn và nhận sửa chữa chi tiết mài mòn cho nhà máy thức ăn chăn nuôi, xi măng. Các chi tiết hiện chỉ đắp hàn, tuổi thọ thấp.

**Yêu cầu**
- Lớp phủ WC-Co hoặc NiCrBSi, độ cứng trên 1.000 HV
- Độ bám dính trên 70 MPa, độ xốp dưới 1 %
- Đào tạo 3 kỹ thuật viên, chuyển giao thông số quy trình

Doanh nghiệp sẵn sàng đầu tư buồng phun và hệ thống hút bụi.`,
		fields: ['mechanical-engineering', 'materials'],
		keywords: ['phun phủ nhiệt', 'hvof', 'chống mài mòn', 'phục hồi chi tiết'],
		communeCode: 'NB012',
		problem: 'Chi tiết trục vít, cánh khuấy mòn nhanh, khách hàng phải nhập phụ tùng giá cao.',
		requiredCapability: 'Viện, trường hoặc doanh nghiệp làm chủ công nghệ phun phủ nhiệt và có thiết bị thử nghiệm lớp phủ.',
		budgetMinVnd: 1_000_000_000,
		budgetMaxVnd: 2_500_000_000,
		deadline: '2027-09-30',
		preferredTransferModes: ['EQUIPMENT_WITH_TECHNOLOGY', 'CONSULTING_TRAINING'],
		isCommissioned: false,
	},
	{
		organizationKey: 'co-khi-dong-a',
		title: 'Giám sát hiệu suất tổng thể thiết bị OEE cho 40 máy CNC',
		summary:
			'Cần giải pháp thu thập dữ liệu trực tiếp từ bộ điều khiển máy CNC, tính OEE và phân tích nguyên nhân dừng máy.',
		description: `Xưởng có 40 máy CNC của nhiều hãng và đời máy khác nhau. Doanh nghiệp chưa biết thời gian chạy thực tế, chỉ ước tính hiệu suất khoảng 50 %.

- Kết nối qua giao thức MTConnect, OPC UA hoặc bộ thu tín hiệu phần cứng cho máy đời cũ
- Màn hình tại xưởng và báo cáo theo ca, theo mã chi tiết
- Người vận hành nhập lý do dừng máy trên máy tính bảng

Đây là bước đầu trong lộ trình chuyển đổi số của doanh nghiệp.`,
		fields: ['it-digital', 'mechanical-engineering', 'automation'],
		keywords: ['oee', 'giám sát máy cnc', 'chuyển đổi số', 'iot công nghiệp'],
		communeCode: 'NB012',
		problem: 'Không có dữ liệu khách quan về thời gian chạy máy, khó lập kế hoạch và đánh giá hiệu quả đầu tư thiết bị.',
		requiredCapability: 'Nhà cung cấp giải pháp IoT công nghiệp có kinh nghiệm kết nối nhiều dòng bộ điều khiển CNC.',
		budgetMinVnd: 400_000_000,
		budgetMaxVnd: 900_000_000,
		deadline: '2027-02-28',
		preferredTransferModes: ['NON_EXCLUSIVE_LICENCE', 'EQUIPMENT_WITH_TECHNOLOGY'],
		isCommissioned: false,
	},
	{
		organizationKey: 'dong-tau-song-ninh',
		title: 'Phần mềm triển khai tôn vỏ tàu và lồng phôi tối ưu cho máy cắt CNC',
		summary:
			'Nhà máy đóng tàu cần phần mềm trải tôn vỏ cong, đánh số chi tiết và lồng phôi tối ưu để giảm hao hụt thép tấm.',
		description: `Việc triển khai tôn bao vỏ tàu đang thực hiện thủ công trên sàn phóng dạng, mất nhiều thời gian và hao hụt thép 12–15 %.

**Yêu cầu**
- Nhập tuyến hình từ phần mềm thiết kế phổ biến
- Triển khai tôn cong hai chiều, xuất bản vẽ gia công và dưỡng uốn
- Lồng phôi tự động, xuất chương trình cho máy cắt plasma CNC

Ưu tiên giải pháp có đào tạo tại chỗ cho phòng kỹ thuật 6 người.`,
		fields: ['shipbuilding', 'it-digital'],
		keywords: ['triển khai tôn vỏ', 'lồng phôi', 'đóng tàu', 'cad cam'],
		communeCode: 'NB027',
		problem: 'Triển khai thủ công chậm, sai số lớn và hao hụt thép cao làm tăng giá thành đóng mới.',
		requiredCapability: 'Đơn vị cung cấp hoặc phát triển phần mềm CAD/CAM đóng tàu, có chuyên gia kết cấu tàu.',
		budgetMinVnd: 700_000_000,
		budgetMaxVnd: 1_500_000_000,
		deadline: '2027-06-30',
		preferredTransferModes: ['NON_EXCLUSIVE_LICENCE', 'CONSULTING_TRAINING'],
		isCommissioned: false,
	},
	{
		organizationKey: 'dong-tau-song-ninh',
		title: 'Hợp tác nghiên cứu tàu hàng sông động cơ lai điện - diesel',
		summary:
			'Tìm đối tác cùng thiết kế, đóng thử tàu hàng 1.000 tấn chạy sông động cơ lai điện - diesel có pin lưu trữ, giảm 25 % nhiên liệu.',
		description: `Vận tải thủy nội địa trên sông Hồng, sông Đáy, sông Ninh Cơ tăng mạnh; chủ tàu quan tâm giảm chi phí nhiên liệu và đáp ứng tiêu chí phát thải thấp.

- Thiết kế hệ động lực lai, quản lý năng lượng
- Tính toán kinh tế kỹ thuật cho tuyến Ninh Bình - Hải Phòng
- Hỗ trợ thủ tục đăng kiểm cho kiểu tàu mới

Doanh nghiệp cam kết đối ứng nhân lực, triền đà và vật tư đóng vỏ.`,
		fields: ['shipbuilding', 'energy', 'electrical-electronics'],
		keywords: ['tàu lai điện', 'vận tải thủy nội địa', 'pin lưu trữ', 'giảm phát thải'],
		communeCode: 'NB027',
		problem: 'Chưa có năng lực thiết kế hệ động lực lai, trong khi thị trường bắt đầu yêu cầu tàu tiết kiệm nhiên liệu và phát thải thấp.',
		requiredCapability: 'Viện, trường có chuyên ngành máy tàu - điện tàu và kinh nghiệm thiết kế hệ động lực.',
		budgetMinVnd: 2_000_000_000,
		budgetMaxVnd: 5_000_000_000,
		deadline: '2027-12-31',
		preferredTransferModes: ['JOINT_RD'],
		isCommissioned: true,
	},
	{
		organizationKey: 'dien-tu-dong-van',
		title: 'Công nghệ thu hồi và tái chế thiếc từ xỉ thiếc hàn sóng',
		summary:
			'Cần thiết bị tách thiếc từ xỉ của máy hàn sóng và hàn nhúng, thu hồi trên 70 % thiếc để tái sử dụng trong nhà máy.',
		description: `Sáu dây chuyền phát sinh khoảng 1,2 tấn xỉ thiếc mỗi tháng, hiện bán phế liệu với giá thấp.

**Yêu cầu**
- Thiết bị tách xỉ đặt cạnh máy hàn hoặc tập trung
- Thiếc thu hồi đạt độ tinh khiết dùng lại cho hàn sóng
- Không phát sinh khí thải vượt quy chuẩn

Ưu tiên giải pháp có thể nhân rộng cho các doanh nghiệp điện tử trong khu công nghiệp.`,
		fields: ['electrical-electronics', 'environment', 'materials'],
		keywords: ['tái chế thiếc', 'xỉ hàn', 'kinh tế tuần hoàn', 'điện tử'],
		communeCode: 'NB016',
		problem: 'Lãng phí thiếc hàn có giá trị cao và phát sinh chất thải cần quản lý.',
		requiredCapability: 'Đơn vị có công nghệ luyện kim màu quy mô nhỏ hoặc thiết bị tách xỉ thiếc.',
		budgetMinVnd: 800_000_000,
		budgetMaxVnd: 2_000_000_000,
		deadline: '2027-04-30',
		preferredTransferModes: ['EQUIPMENT_WITH_TECHNOLOGY'],
		isCommissioned: false,
	},
]
