// Technology requests (2/2) posted by enterprises of the province.
import type { SeedTechnologyRequest } from '../types.ts'

export const technologyRequests2: SeedTechnologyRequest[] = [
	{
		organizationKey: 'dien-tu-dong-van',
		title: 'Giải pháp truy xuất linh kiện theo lô trên dây chuyền SMT',
		summary:
			'Cần hệ thống ghi nhận mã cuộn linh kiện, kem hàn, thông số lò reflow gắn với từng bo mạch để truy vết khi khách hàng khiếu nại.',
		description: `Khách hàng thiết bị điện dân dụng và ô tô yêu cầu truy xuất đến từng lô linh kiện trên mỗi bo mạch. Dữ liệu hiện nằm rời rạc ở máy gắp, máy in và lò.

- Quét mã cuộn linh kiện khi nạp feeder, chống nạp nhầm
- Gắn mã 2D cho từng bo, liên kết dữ liệu máy theo thời gian thực
- Tra cứu ngược từ bo lỗi đến lô linh kiện trong dưới 1 phút

Tích hợp với hệ thống ERP đang sử dụng.`,
		fields: ['electrical-electronics', 'it-digital', 'automation'],
		keywords: ['truy xuất linh kiện', 'smt', 'mes điện tử', 'chuyển đổi số'],
		communeCode: 'NB016',
		problem: 'Không truy vết được nguyên nhân khi có lỗi hàng loạt, rủi ro mất khách hàng ô tô.',
		requiredCapability: 'Nhà cung cấp MES cho ngành điện tử, có kinh nghiệm kết nối máy SMT các hãng.',
		budgetMinVnd: 1_000_000_000,
		budgetMaxVnd: 2_000_000_000,
		deadline: '2027-08-31',
		preferredTransferModes: ['NON_EXCLUSIVE_LICENCE', 'CONSULTING_TRAINING'],
		isCommissioned: false,
	},
	{
		organizationKey: 'cong-nghe-so-hoa-lu',
		title: 'Hợp tác phát triển nhận dạng giọng nói tiếng Việt phương ngữ vùng đồng bằng Bắc Bộ',
		summary:
			'Doanh nghiệp phần mềm tìm đối tác nghiên cứu cùng xây dựng mô hình nhận dạng giọng nói cho người cao tuổi nói phương ngữ, phục vụ ứng dụng nông nghiệp.',
		description: `Ứng dụng cho hợp tác xã của doanh nghiệp cần nhập liệu bằng giọng nói cho nông dân lớn tuổi; các mô hình hiện có nhận dạng kém với giọng địa phương và thuật ngữ nông nghiệp.

- Thu thập và gán nhãn 300 giờ dữ liệu giọng nói có sự đồng ý của người nói
- Tinh chỉnh mô hình trí tuệ nhân tạo, tỷ lệ lỗi từ dưới 12 %
- Chạy được trên điện thoại tầm trung khi mạng yếu

Doanh nghiệp đối ứng kỹ sư, dữ liệu và kênh thử nghiệm với 150 hợp tác xã.`,
		fields: ['it-digital', 'agriculture'],
		keywords: ['nhận dạng giọng nói', 'trí tuệ nhân tạo', 'tiếng việt', 'ai'],
		communeCode: 'NB001',
		problem: 'Nông dân lớn tuổi khó nhập liệu bằng bàn phím, làm giảm hiệu quả chuyển đổi số hợp tác xã.',
		requiredCapability: 'Nhóm nghiên cứu xử lý tiếng nói tiếng Việt có hạ tầng huấn luyện mô hình.',
		budgetMinVnd: 500_000_000,
		budgetMaxVnd: 1_000_000_000,
		deadline: '2027-10-31',
		preferredTransferModes: ['JOINT_RD'],
		isCommissioned: false,
	},
	{
		organizationKey: 'tu-dong-hoa-phu-ly',
		title: 'Cảm biến đo độ ẩm vải trực tuyến cho máy văng sấy',
		summary:
			'Cần cảm biến không tiếp xúc đo độ ẩm vải chạy qua máy văng sấy để điều khiển tốc độ và nhiệt độ, tránh sấy quá khô.',
		description: `Doanh nghiệp đang tích hợp hệ thống tiết kiệm năng lượng cho các máy văng sấy tại nhà máy nhuộm; cần cảm biến độ ẩm tin cậy giá hợp lý.

- Dải đo 2–15 % độ ẩm, sai số ±0,5 %
- Làm việc ở nhiệt độ môi trường 80 °C, vải đa dạng thành phần
- Tín hiệu 4–20 mA hoặc Modbus

Có thể hợp tác phát triển cảm biến vi sóng hoặc điện dung trong nước.`,
		fields: ['electrical-electronics', 'automation', 'textile-garment'],
		keywords: ['cảm biến độ ẩm', 'máy văng sấy', 'tiết kiệm năng lượng', 'đo lường'],
		communeCode: 'NB013',
		problem: 'Cảm biến nhập khẩu giá cao, máy văng sấy chạy theo kinh nghiệm gây lãng phí nhiệt 10–20 %.',
		requiredCapability: 'Nhóm nghiên cứu đo lường, điện tử có kinh nghiệm cảm biến vi sóng hoặc điện dung công nghiệp.',
		budgetMinVnd: 600_000_000,
		budgetMaxVnd: 1_200_000_000,
		deadline: '2027-09-30',
		preferredTransferModes: ['JOINT_RD', 'EXCLUSIVE_LICENCE'],
		isCommissioned: false,
	},
	{
		organizationKey: 'vat-lieu-tam-son',
		title: 'Công nghệ sản xuất bê tông khí chưng áp từ tro bay công suất 100.000 m³/năm',
		summary:
			'Doanh nghiệp vật liệu xây dựng tìm công nghệ và thiết bị sản xuất bê tông khí chưng áp (AAC) sử dụng tro bay thay cát nghiền.',
		description: `Nhu cầu vật liệu xây nhẹ tăng nhanh tại các đô thị trong tỉnh; doanh nghiệp có sẵn nguồn tro bay và mặt bằng trong khu công nghiệp.

**Yêu cầu**
- Dây chuyền 100.000 m³/năm, tỷ lệ tro bay trên 60 % phối liệu
- Sản phẩm đạt TCVN 7959:2017, khối lượng thể tích 500–700 kg/m³
- Tư vấn lựa chọn thiết bị, lắp đặt, chạy thử và đào tạo

Ưu tiên đối tác có dây chuyền tham chiếu đang vận hành.`,
		fields: ['materials', 'construction', 'environment'],
		keywords: ['bê tông khí chưng áp', 'aac', 'tro bay', 'vật liệu xây không nung'],
		communeCode: 'NB005',
		problem: 'Chưa làm chủ công nghệ AAC; tro bay tồn đọng chưa được tận dụng hết.',
		requiredCapability: 'Nhà cung cấp công nghệ, thiết bị AAC hoặc tổ chức tư vấn có chuyên gia vật liệu silicat.',
		budgetMinVnd: 3_000_000_000,
		budgetMaxVnd: 5_000_000_000,
		deadline: '2027-12-31',
		preferredTransferModes: ['EQUIPMENT_WITH_TECHNOLOGY', 'CONSULTING_TRAINING'],
		isCommissioned: false,
	},
	{
		organizationKey: 'vat-lieu-tam-son',
		title: 'Giải pháp thu hồi nhiệt thải để dưỡng hộ gạch không nung',
		summary:
			'Cần tận dụng nhiệt khí thải của lò sấy phụ gia để cấp hơi dưỡng hộ cho gạch không nung thay cho lò hơi đốt than.',
		description: `Lò sấy xỉ của nhà máy thải khí 180–220 °C, lưu lượng 25.000 m³/h; trong khi khu dưỡng hộ gạch dùng lò hơi đốt than 1 tấn hơi/giờ.

- Thiết bị trao đổi nhiệt khí - nước/hơi chống bám bụi
- Duy trì buồng dưỡng hộ 60–70 °C, độ ẩm trên 90 %
- Thời gian hoàn vốn dưới 3 năm`,
		fields: ['energy', 'materials', 'construction'],
		keywords: ['thu hồi nhiệt thải', 'dưỡng hộ', 'gạch không nung', 'tiết kiệm năng lượng'],
		communeCode: 'NB005',
		problem: 'Đang vừa thải bỏ nhiệt vừa đốt than cho dưỡng hộ, chi phí năng lượng cao và phát thải lớn.',
		requiredCapability: 'Đơn vị thiết kế chế tạo thiết bị trao đổi nhiệt công nghiệp, có kinh nghiệm khí thải nhiều bụi.',
		budgetMinVnd: 500_000_000,
		budgetMaxVnd: 1_000_000_000,
		deadline: '2027-03-31',
		preferredTransferModes: ['EQUIPMENT_WITH_TECHNOLOGY'],
		isCommissioned: false,
	},
	{
		organizationKey: 'khoang-san-ba-sao',
		title: 'Hệ thống IoT giám sát bụi và rung chấn nổ mìn tại mỏ đá',
		summary:
			'Mỏ đá cần mạng cảm biến IoT đo bụi PM10 và rung chấn tại khu dân cư lân cận, công khai dữ liệu để tạo đồng thuận với cộng đồng.',
		description: `Mỏ nằm gần khu dân cư và điểm du lịch; người dân phản ánh bụi và rung khi nổ mìn. Doanh nghiệp muốn giám sát liên tục, minh bạch.

**Yêu cầu**
- 6 trạm đo bụi PM10, PM2.5 và 3 trạm đo rung (vận tốc dao động hạt)
- Truyền dữ liệu thời gian thực, cảnh báo khi vượt ngưỡng
- Trang công khai số liệu cho chính quyền xã và người dân

Thiết bị hoạt động ngoài trời, nguồn điện năng lượng mặt trời.`,
		fields: ['environment', 'electrical-electronics', 'construction'],
		keywords: ['iot', 'internet vạn vật', 'giám sát bụi', 'rung chấn nổ mìn', 'mỏ đá'],
		communeCode: 'NB017',
		problem: 'Thiếu số liệu khách quan về bụi và rung chấn, dẫn đến khiếu nại kéo dài.',
		requiredCapability: 'Đơn vị cung cấp giải pháp quan trắc môi trường tự động, có kinh nghiệm đo rung nổ mìn.',
		budgetMinVnd: 800_000_000,
		budgetMaxVnd: 1_500_000_000,
		deadline: '2027-05-31',
		preferredTransferModes: ['EQUIPMENT_WITH_TECHNOLOGY', 'CONSULTING_TRAINING'],
		isCommissioned: false,
	},
	{
		organizationKey: 'khoang-san-ba-sao',
		title: 'Công nghệ phục hồi môi trường và phủ xanh bờ moong khai thác đá vôi',
		summary:
			'Đặt hàng giải pháp trồng cây trên vách và tầng kết thúc khai thác đá vôi, phục hồi cảnh quan phù hợp vùng có di tích, du lịch.',
		description: `Một phần khu mỏ sắp kết thúc khai thác, theo phương án cải tạo phục hồi môi trường phải phủ xanh 12 ha tầng đá trơ.

- Lựa chọn cây bản địa chịu hạn trên núi đá vôi
- Giải pháp giá thể, giữ ẩm, tưới nhỏ giọt trên tầng đá
- Theo dõi tỷ lệ sống trong 3 năm

Ưu tiên giải pháp đã thử nghiệm tại vùng núi đá vôi phía Bắc.`,
		fields: ['environment', 'agriculture', 'construction'],
		keywords: ['phục hồi môi trường', 'mỏ đá vôi', 'phủ xanh', 'cây bản địa'],
		communeCode: 'NB017',
		problem: 'Tầng đá trơ không có đất, cây trồng theo cách thông thường chết trên 70 %.',
		requiredCapability: 'Tổ chức nghiên cứu lâm nghiệp, sinh thái có kinh nghiệm phục hồi moong mỏ.',
		budgetMinVnd: 1_000_000_000,
		budgetMaxVnd: 2_000_000_000,
		deadline: '2027-10-31',
		preferredTransferModes: ['CONSULTING_TRAINING', 'JOINT_RD'],
		isCommissioned: true,
	},
	{
		organizationKey: 'nang-luong-trang-an',
		title: 'Dự báo sản lượng điện mặt trời và quản lý pin lưu trữ bằng trí tuệ nhân tạo',
		summary:
			'Cần mô hình AI dự báo sản lượng điện mặt trời áp mái 24–48 giờ tới và tối ưu lịch sạc xả pin cho khách hàng nhà xưởng.',
		description: `Doanh nghiệp vận hành 35 MWp điện mặt trời áp mái và 8 MWh pin lưu trữ tại các nhà máy. Việc sạc xả đang theo lịch cố định nên chưa tối ưu chi phí điện theo khung giờ.

- Dự báo dựa trên dữ liệu thời tiết số và lịch sử vận hành
- Tối ưu lịch sạc xả theo biểu giá, phụ tải dự báo
- Tích hợp với hệ thống giám sát năng lượng mặt trời hiện có

Sẵn sàng thí điểm trên 5 hệ thống trong 6 tháng.`,
		fields: ['energy', 'it-digital'],
		keywords: ['năng lượng mặt trời', 'trí tuệ nhân tạo', 'dự báo sản lượng', 'lưu trữ năng lượng', 'ai'],
		communeCode: 'NB002',
		problem: 'Pin lưu trữ chưa được khai thác tối ưu, chênh lệch giữa sản lượng dự kiến và thực tế lớn.',
		requiredCapability: 'Nhóm nghiên cứu hoặc doanh nghiệp có kinh nghiệm dự báo năng lượng tái tạo và tối ưu hóa.',
		budgetMinVnd: 1_000_000_000,
		budgetMaxVnd: 2_000_000_000,
		deadline: '2027-06-30',
		preferredTransferModes: ['JOINT_RD', 'NON_EXCLUSIVE_LICENCE'],
		isCommissioned: false,
	},
	{
		organizationKey: 'nang-luong-trang-an',
		title: 'Robot làm sạch tấm pin năng lượng mặt trời không dùng nước',
		summary:
			'Cần robot chổi quét tự hành trên dãy tấm pin áp mái, làm sạch bụi xi măng và bụi nông nghiệp, không cần nước.',
		description: `Nhiều hệ thống điện mặt trời gần nhà máy xi măng, khu khai thác đá bị bám bụi dày, sản lượng giảm 8–15 % giữa các lần vệ sinh thủ công.

- Robot di chuyển trên khung tấm pin, tự chuyển hàng
- Pin riêng sạc bằng tấm pin nhỏ, làm việc ban đêm
- Chổi vi sợi không làm xước kính

Ưu tiên sản phẩm lắp ráp trong nước có giá dưới 25 triệu đồng/robot.`,
		fields: ['energy', 'automation', 'mechanical-engineering'],
		keywords: ['robot làm sạch', 'tấm pin mặt trời', 'năng lượng mặt trời', 'không dùng nước'],
		communeCode: 'NB002',
		problem: 'Vệ sinh thủ công trên mái nguy hiểm, tốn nước và không thường xuyên, làm giảm sản lượng điện.',
		requiredCapability: 'Đơn vị cơ điện tử có năng lực thiết kế robot di động và sản xuất loạt nhỏ.',
		budgetMinVnd: 500_000_000,
		budgetMaxVnd: 1_200_000_000,
		deadline: '2027-04-30',
		preferredTransferModes: ['EXCLUSIVE_LICENCE', 'JOINT_RD'],
		isCommissioned: false,
	},
	{
		organizationKey: 'sinh-khoi-nho-quan',
		title: 'Công nghệ khí hóa sinh khối phát điện quy mô 500 kW',
		summary:
			'Tìm công nghệ khí hóa trấu, rơm rạ và máy phát điện chạy khí tổng hợp 500 kW, có hệ thống làm sạch hắc ín.',
		description: `Doanh nghiệp muốn mở rộng từ sản xuất viên nén sang phát điện phân tán tại cụm công nghiệp, tận dụng nguồn sinh khối dồi dào của vùng.

**Yêu cầu**
- Lò khí hóa tầng cố định hoặc tầng sôi, nhiên liệu trấu và rơm viên
- Hàm lượng hắc ín sau làm sạch dưới 50 mg/Nm³
- Hiệu suất điện tổng trên 20 %, vận hành 7.000 giờ/năm

Cần đánh giá kinh tế và hỗ trợ thủ tục đấu nối.`,
		fields: ['energy', 'environment', 'mechanical-engineering'],
		keywords: ['khí hóa sinh khối', 'phát điện', 'năng lượng tái tạo', 'trấu'],
		communeCode: 'NB019',
		problem: 'Sinh khối thừa chưa được khai thác làm điện; chưa có công nghệ khí hóa ổn định quy mô vừa.',
		requiredCapability: 'Nhà cung cấp công nghệ khí hóa có dự án tham chiếu và đội ngũ vận hành chuyển giao.',
		budgetMinVnd: 3_000_000_000,
		budgetMaxVnd: 5_000_000_000,
		deadline: '2027-12-31',
		preferredTransferModes: ['EQUIPMENT_WITH_TECHNOLOGY', 'CAPITAL_CONTRIBUTION'],
		isCommissioned: false,
	},
	{
		organizationKey: 'duoc-lieu-cuc-phuong',
		title: 'Công nghệ bào chế viên nang mềm từ cao dược liệu',
		summary:
			'Cần chuyển giao công thức và quy trình bào chế viên nang mềm từ cao giảo cổ lam và cà gai leo, đạt độ ổn định 24 tháng.',
		description: `Doanh nghiệp đã có nguồn cao chiết chuẩn hóa, muốn mở rộng dạng bào chế viên nang mềm dễ uống, giá trị cao.

- Xây dựng công thức dịch nhân, vỏ nang gelatin hoặc thực vật
- Thẩm định quy trình trên máy đóng nang mềm công suất 30.000 viên/giờ
- Nghiên cứu độ ổn định, hồ sơ công bố sản phẩm

Có thể thuê gia công thử trước khi đầu tư dây chuyền.`,
		fields: ['health-pharma', 'biotechnology'],
		keywords: ['viên nang mềm', 'bào chế', 'dược liệu', 'thực phẩm bảo vệ sức khỏe'],
		communeCode: 'NB019',
		problem: 'Chưa có công nghệ bào chế viên nang mềm, phụ thuộc đơn vị gia công ngoài tỉnh.',
		requiredCapability: 'Viện, trường dược hoặc doanh nghiệp dược có phòng nghiên cứu bào chế và dây chuyền nang mềm.',
		budgetMinVnd: 1_500_000_000,
		budgetMaxVnd: 3_000_000_000,
		deadline: '2027-08-31',
		preferredTransferModes: ['CONSULTING_TRAINING', 'ASSIGNMENT'],
		isCommissioned: false,
	},
	{
		organizationKey: 'duoc-lieu-cuc-phuong',
		title: 'Quy trình nhân giống cây cà gai leo bằng nuôi cấy mô quy mô 500.000 cây/năm',
		summary:
			'Cần quy trình nuôi cấy mô cà gai leo từ dòng có hàm lượng glycoalcaloid cao, cung cấp cây giống đồng đều cho vùng trồng GACP.',
		description: `Vùng trồng đang nhân giống bằng hạt và giâm cành nên hàm lượng hoạt chất không đồng đều giữa các lô.

- Vi nhân giống từ cây mẹ được chọn lọc, hệ số nhân trên 4
- Tỷ lệ sống ngoài vườn ươm trên 85 %
- Đào tạo 2 kỹ thuật viên, chuyển giao môi trường nuôi cấy

Doanh nghiệp đã có phòng nuôi cấy 80 m².`,
		fields: ['biotechnology', 'health-pharma', 'agriculture'],
		keywords: ['nuôi cấy mô', 'cà gai leo', 'cây giống dược liệu', 'gacp'],
		communeCode: 'NB019',
		problem: 'Nguồn giống không đồng đều làm hàm lượng hoạt chất dược liệu dao động, khó đáp ứng tiêu chuẩn của nhà máy.',
		requiredCapability: 'Phòng thí nghiệm công nghệ sinh học thực vật có kinh nghiệm vi nhân giống cây dược liệu.',
		budgetMinVnd: 300_000_000,
		budgetMaxVnd: 700_000_000,
		deadline: '2027-03-31',
		preferredTransferModes: ['CONSULTING_TRAINING', 'NON_EXCLUSIVE_LICENCE'],
		isCommissioned: false,
	},
	{
		organizationKey: 'thiet-bi-y-te-an-khang',
		title: 'Thiết kế giường bệnh điều khiển điện có cảm biến phòng ngừa loét tì đè',
		summary:
			'Hợp tác thiết kế giường bệnh nhiều chức năng có đệm cảm biến áp lực, nhắc trở mình và đổi tư thế tự động cho người bệnh nằm lâu.',
		description: `Doanh nghiệp đang sản xuất giường bệnh cơ khí; muốn phát triển dòng giường điện thông minh cho bệnh viện và chăm sóc tại nhà.

- Bốn động cơ điều chỉnh lưng, chân, độ cao, nghiêng
- Ma trận cảm biến áp lực trong đệm, cảnh báo vùng tì đè quá thời gian
- Kết nối ứng dụng cho điều dưỡng

Mong muốn phối hợp với trường điều dưỡng để thử nghiệm lâm sàng.`,
		fields: ['health-pharma', 'electrical-electronics', 'mechanical-engineering'],
		keywords: ['giường bệnh thông minh', 'loét tì đè', 'cảm biến áp lực', 'thiết bị y tế'],
		communeCode: 'NB011',
		problem: 'Loét tì đè ở người bệnh nằm lâu phổ biến, giường nhập khẩu có chức năng tương tự giá rất cao.',
		requiredCapability: 'Nhóm nghiên cứu cơ điện tử y sinh và chuyên gia điều dưỡng có thể đánh giá hiệu quả lâm sàng.',
		budgetMinVnd: 1_000_000_000,
		budgetMaxVnd: 2_000_000_000,
		deadline: '2027-11-30',
		preferredTransferModes: ['JOINT_RD'],
		isCommissioned: true,
	},
	{
		organizationKey: 'moi-truong-chau-son',
		title: 'Hợp tác sản xuất màng lọc MBR sợi rỗng trong nước',
		summary:
			'Doanh nghiệp môi trường tìm đối tác nghiên cứu cùng phát triển module màng sinh học MBR sợi rỗng PVDF giá thấp hơn hàng nhập 30 %.',
		description: `Nhu cầu trạm xử lý nước thải dùng MBR tăng nhưng màng phải nhập khẩu, chi phí thay màng sau 5–7 năm rất lớn.

**Mục tiêu**
- Sợi rỗng PVDF kích thước lỗ 0,1 µm, thông lượng 15–25 LMH
- Module 20–30 m² tương thích khung hiện có
- Thử nghiệm 12 tháng tại trạm của doanh nghiệp

Doanh nghiệp góp vốn đối ứng và bao tiêu sản phẩm giai đoạn đầu.`,
		fields: ['environment', 'materials'],
		keywords: ['màng mbr', 'sợi rỗng pvdf', 'xử lý nước thải', 'sản xuất trong nước'],
		communeCode: 'NB014',
		problem: 'Phụ thuộc màng lọc nhập khẩu làm tăng chi phí đầu tư và vận hành trạm xử lý.',
		requiredCapability: 'Tổ chức nghiên cứu vật liệu polyme, công nghệ màng có thiết bị kéo sợi rỗng.',
		budgetMinVnd: 1_500_000_000,
		budgetMaxVnd: 3_000_000_000,
		deadline: '2027-12-31',
		preferredTransferModes: ['JOINT_RD', 'CAPITAL_CONTRIBUTION'],
		isCommissioned: false,
	},
	{
		organizationKey: 'coi-kim-son',
		title: 'Máy dệt thảm cói bán tự động cho hộ sản xuất làng nghề',
		summary:
			'Cần thiết kế máy dệt thảm cói bán tự động khổ 2 m, vận hành 1 người, tăng năng suất gấp 3 lần dệt khung tay.',
		description: `Thợ dệt làng nghề ngày càng ít, chủ yếu người cao tuổi; khung dệt tay năng suất thấp, khó đáp ứng đơn hàng lớn.

- Cơ cấu đưa sợi cói tự động, dập go bằng động cơ
- Điều chỉnh được mật độ và họa tiết hai màu
- Giá máy dưới 40 triệu đồng để hộ gia đình đầu tư được

Doanh nghiệp sẽ đặt 50 máy cho các hộ vệ tinh nếu mẫu đạt yêu cầu.`,
		fields: ['mechanical-engineering', 'materials', 'automation'],
		keywords: ['máy dệt cói', 'làng nghề', 'cơ giới hóa', 'thủ công mỹ nghệ'],
		communeCode: 'NB022',
		problem: 'Thiếu lao động dệt thủ công, năng suất thấp làm mất các đơn hàng thảm cói số lượng lớn.',
		requiredCapability: 'Trường kỹ thuật hoặc xưởng cơ khí có năng lực thiết kế máy dệt và chế tạo mẫu.',
		budgetMinVnd: 500_000_000,
		budgetMaxVnd: 1_200_000_000,
		deadline: '2027-07-31',
		preferredTransferModes: ['EXCLUSIVE_LICENCE', 'JOINT_RD'],
		isCommissioned: true,
	},
	{
		organizationKey: 'coi-kim-son',
		title: 'Thuốc nhuộm tự nhiên bền màu cho sợi cói xuất khẩu',
		summary:
			'Cần quy trình nhuộm cói bằng chất màu tự nhiên (chàm, củ nâu, vỏ cây) đạt độ bền màu ánh sáng cấp 4 theo yêu cầu khách hàng châu Âu.',
		description: `Khách hàng Pháp, Đức yêu cầu dòng sản phẩm không dùng thuốc nhuộm tổng hợp. Cói nhuộm tự nhiên hiện bạc màu nhanh khi trưng bày.

- Bảng 8 màu cơ bản từ nguồn nguyên liệu trong nước
- Chất cầm màu an toàn, không chứa kim loại nặng bị hạn chế
- Quy trình phù hợp bể nhuộm thủ công của hộ sản xuất`,
		fields: ['materials', 'biotechnology'],
		keywords: ['nhuộm tự nhiên', 'sợi cói', 'bền màu', 'thủ công mỹ nghệ'],
		communeCode: 'NB022',
		problem: 'Màu nhuộm tự nhiên kém bền ánh sáng, sản phẩm bị trả lại hoặc giảm giá.',
		requiredCapability: 'Chuyên gia hóa nhuộm, vật liệu dệt có kinh nghiệm chất màu tự nhiên.',
		budgetMinVnd: 300_000_000,
		budgetMaxVnd: 600_000_000,
		deadline: '2027-05-31',
		preferredTransferModes: ['CONSULTING_TRAINING', 'JOINT_RD'],
		isCommissioned: false,
	},
	{
		organizationKey: 'go-my-nghe-y-yen',
		title: 'Giải pháp thu gom bụi gỗ và xử lý hơi sơn cho xưởng đồ gỗ làng nghề',
		summary:
			'Xưởng chạm khắc cần hệ thống hút bụi gỗ tập trung và buồng sơn màng nước giá thấp, phù hợp quy mô hộ gia đình.',
		description: `Bụi gỗ từ máy CNC, máy chà nhám và hơi sơn PU ảnh hưởng sức khỏe thợ và khu dân cư xung quanh.

- Hút bụi tập trung cho 6 máy, túi lọc thu hồi mùn làm nhiên liệu
- Buồng sơn màng nước hoặc than hoạt tính xử lý hơi dung môi
- Tổng chi phí phù hợp với cơ sở dưới 20 lao động

Giải pháp có thể nhân rộng cho các hộ trong làng nghề.`,
		fields: ['environment', 'mechanical-engineering'],
		keywords: ['bụi gỗ', 'buồng sơn', 'làng nghề', 'ô nhiễm không khí'],
		communeCode: 'NB028',
		problem: 'Ô nhiễm bụi và dung môi tại xưởng gây bệnh nghề nghiệp và bị người dân phản ánh.',
		requiredCapability: 'Đơn vị môi trường có thiết bị xử lý bụi, khí thải quy mô nhỏ, giá hợp lý.',
		budgetMinVnd: 300_000_000,
		budgetMaxVnd: 700_000_000,
		deadline: '2027-04-30',
		preferredTransferModes: ['EQUIPMENT_WITH_TECHNOLOGY'],
		isCommissioned: false,
	},
	{
		organizationKey: 'du-lich-so-trang-an',
		title: 'Đếm và dự báo lượng khách theo thời gian thực bằng camera AI tại khu du lịch',
		summary:
			'Cần giải pháp camera trí tuệ nhân tạo đếm khách tại bến, cổng, điểm tham quan và dự báo quá tải trước 2 giờ để điều tiết.',
		description: `Vào mùa lễ hội, một số bến thuyền và điểm tham quan quá tải cục bộ, trong khi điểm khác vắng.

**Yêu cầu**
- Đếm người chính xác trên 95 % tại 20 vị trí, xử lý tại thiết bị biên
- Không lưu hình ảnh nhận dạng cá nhân, tuân thủ bảo vệ dữ liệu cá nhân
- Dự báo lượng khách theo giờ, hiển thị trên ứng dụng điều hành

Tích hợp với nền tảng bán vé và điều phối đò hiện có của doanh nghiệp.`,
		fields: ['it-digital', 'logistics'],
		keywords: ['camera ai', 'trí tuệ nhân tạo', 'đếm khách', 'du lịch thông minh'],
		communeCode: 'NB002',
		problem: 'Không nắm được mật độ khách theo thời gian thực để điều tiết, gây ùn tắc và giảm trải nghiệm du khách.',
		requiredCapability: 'Đơn vị thị giác máy tính có sản phẩm đếm người triển khai ngoài trời.',
		budgetMinVnd: 800_000_000,
		budgetMaxVnd: 1_500_000_000,
		deadline: '2027-01-31',
		preferredTransferModes: ['NON_EXCLUSIVE_LICENCE', 'EQUIPMENT_WITH_TECHNOLOGY'],
		isCommissioned: false,
	},
	{
		organizationKey: 'kho-van-khanh-phu',
		title: 'Tối ưu tuyến vận tải và ghép chuyến hàng hóa bằng trí tuệ nhân tạo',
		summary:
			'Doanh nghiệp logistics cần hệ thống AI lập lộ trình, ghép chuyến cho 80 xe, giảm 15 % quãng đường chạy rỗng.',
		description: `Điều độ viên đang xếp chuyến thủ công trên bảng tính; tỷ lệ xe chạy rỗng chiều về khoảng 35 %.

- Tối ưu lộ trình có ràng buộc khung giờ giao nhận, tải trọng, cấm tải
- Gợi ý ghép hàng chiều về từ khách hàng và sàn vận tải
- Ứng dụng cho tài xế, theo dõi GPS và xác nhận giao hàng điện tử

Ưu tiên giải pháp có thể tích hợp phần mềm quản lý kho hiện tại.`,
		fields: ['logistics', 'it-digital'],
		keywords: ['tối ưu lộ trình', 'trí tuệ nhân tạo', 'ghép chuyến', 'logistics', 'ai'],
		communeCode: 'NB004',
		problem: 'Chi phí nhiên liệu cao do chạy rỗng và lộ trình chưa tối ưu.',
		requiredCapability: 'Đơn vị có thuật toán tối ưu định tuyến xe (VRP) và sản phẩm quản lý vận tải.',
		budgetMinVnd: 700_000_000,
		budgetMaxVnd: 1_500_000_000,
		deadline: '2027-06-30',
		preferredTransferModes: ['NON_EXCLUSIVE_LICENCE', 'CONSULTING_TRAINING'],
		isCommissioned: false,
	},
	{
		organizationKey: 'phan-bon-ly-nhan',
		title: 'Công nghệ sản xuất phân bón hữu cơ dạng viên nén tan chậm',
		summary:
			'Cần dây chuyền tạo viên phân hữu cơ vi sinh có lớp bao tan chậm, giảm số lần bón và thất thoát dinh dưỡng.',
		description: `Phân hữu cơ dạng bột khó bón bằng máy và dễ rửa trôi. Doanh nghiệp muốn chuyển 50 % sản lượng sang dạng viên.

**Yêu cầu**
- Viên đường kính 3–5 mm, độ bền viên trên 85 %
- Lớp bao sinh học kéo dài giải phóng dinh dưỡng 60–90 ngày
- Giữ mật độ vi sinh vật sau tạo viên trên 10⁶ CFU/g
- Công suất 3 tấn/giờ`,
		fields: ['agriculture', 'biotechnology', 'mechanical-engineering'],
		keywords: ['phân hữu cơ viên', 'tan chậm', 'tạo viên', 'phân bón vi sinh'],
		communeCode: 'NB029',
		problem: 'Sản phẩm dạng bột khó cơ giới hóa khi bón, hiệu quả sử dụng dinh dưỡng thấp.',
		requiredCapability: 'Đơn vị có công nghệ tạo viên, bao viên phân bón và kinh nghiệm bảo toàn vi sinh vật.',
		budgetMinVnd: 1_000_000_000,
		budgetMaxVnd: 2_500_000_000,
		deadline: '2027-09-30',
		preferredTransferModes: ['EQUIPMENT_WITH_TECHNOLOGY', 'CONSULTING_TRAINING'],
		isCommissioned: false,
	},
]
